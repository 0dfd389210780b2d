/**
 * Demo claim cards: the checkable statements of substance in the five Arabic
 * reports in ../shared/reports (see reports.ts), each with the exact sentence
 * or clause it came from.
 *
 * `quote` is an exact substring of the report file, character for character
 * (Arabic-Indic and Western digits, curly and straight quotes, no-break
 * spaces written as \u00a0 included), sliced from the file rather than
 * retyped, so that highlighting and quote anchoring in the report reader
 * work. Each quote also occurs only once in its report. Do not "tidy" the
 * Arabic: corpus.test.ts fails if a quote no longer matches its file.
 *
 * `statement` states the claim as the report makes it, not a verdict;
 * `attribution` is the chain of sourcing, outermost first.
 */
import type { DemoClaim } from "./types";

export const demoClaims: DemoClaim[] = [
  // r000: leaked Taliban defence-ministry document on Chinese air-defence training (via Nezavisimaya Gazeta)
  {
    key: "r000-china-to-train-air-defence",
    reportKey: "r000",
    statement:
      "China and the Taliban reached an agreement for China to help train specialist Afghan air-defence personnel.",
    quote:
      'توصلت بكين وكابل إلى اتفاق ينص على مساعدة الصين لحركة طالبان في تدريب كوادر متخصصة من قوات الدفاع الجوي الأفغانية، وفقا لما أورده موقع "نيزافيسيمايا غازيتا" الروسي.',
    attribution: "Arabic news site, citing Nezavisimaya Gazeta (Russian)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["china", "taliban", "afghanistan", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-graduates-to-guard-emir",
    reportKey: "r000",
    statement:
      "The first graduates of the China-sponsored air-defence courses are to join Hibatullah Akhundzada's guard in Kandahar.",
    quote:
      'ومن المتوقع أن تُدرج أول دفعة من خريجي دورات الدفاع الجوي التي ترعاها الصين ضمن فريق الحماية الشخصية لأمير "طالبان" هبة الله آخوند زاده في مدينة قندهار.',
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["china", "taliban", "hibatullah-akhundzada", "kandahar", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-document-13-september-2025",
    reportKey: "r000",
    statement:
      "The Taliban defence ministry drew up a secret document on 13 September 2025, signed by Mohammad Yaqoob Mujahid.",
    quote:
      "في الثالث عشر من سبتمبر/ أيلول 2025، أعدت وزارة الدفاع التابعة لحكومة طالبان وثيقة سرية، وقعها وزير الدفاع الملا محمد يعقوب مجاهد",
    attribution:
      "Arabic news site, citing Nezavisimaya Gazeta, which says it obtained the leaked Taliban defence-ministry document",
    eventDate: "2025-09-13",
    eventDatePrecision: "day",
    entities: ["taliban-ministry-of-defence", "mohammad-yaqoob-mujahid", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-22-trainees-radar",
    reportKey: "r000",
    statement:
      "The document orders 22 people to be sent to China for professional training in radar systems.",
    quote:
      "وفقا لقرار وخطة قيادة وزارة الدفاع، تقرر إرسال 22 شخصا إلى جمهورية الصين الشعبية من أجل تلقي تدريب مهني ورفع كفاءتهم في مجال أنظمة الرادار",
    attribution:
      "Arabic news site, citing Nezavisimaya Gazeta, quoting the leaked document signed by the Taliban defence minister",
    eventDate: "2025-09-13",
    eventDatePrecision: "day",
    entities: [
      "taliban-ministry-of-defence",
      "mohammad-yaqoob-mujahid",
      "china",
      "nezavisimaya-gazeta",
    ],
  },
  {
    key: "r000-agreement-with-chinese-authorities",
    reportKey: "r000",
    statement:
      "The defence minister wrote that an agreement on the training had also been reached with the Chinese authorities.",
    quote:
      'ذكر مجاهد بشكل خاص على أنه "تم التوصل إلى اتفاق بهذا الشأن أيضا مع سلطات الدولة المذكورة"',
    attribution:
      "Arabic news site, citing Nezavisimaya Gazeta, quoting the leaked Taliban defence-ministry document",
    eventDate: "2025-09-13",
    eventDatePrecision: "day",
    entities: ["mohammad-yaqoob-mujahid", "china", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-copy-to-strategic-intelligence",
    reportKey: "r000",
    statement:
      "A copy of the document went to Taliban strategic intelligence, likely to oversee selecting and sending the trainees.",
    quote:
      "نسخة من هذه الوثيقة أرسلت إلى إدارة الاستخبارات الإستراتيجية التابعة لطالبان، والتي يرجح أنها ستشرف على عملية اختيار وإيفاد المتدربين إلى الصين",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban-strategic-intelligence", "china", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-watch-chinese-recruitment",
    reportKey: "r000",
    statement:
      "Taliban intelligence is also to watch for attempts by Chinese intelligence services to recruit the trainees.",
    quote:
      "يشمل ذلك أيضا مراقبة احتمالات تجنيدهم من قبل أجهزة الاستخبارات الصينية في مجال الدفاع الجوي",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban-strategic-intelligence", "china", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-israeli-drone-strike-iran-june-2025",
    reportKey: "r000",
    statement:
      "Israeli agents used drones in Iran in June 2025 to assassinate several senior IRGC commanders.",
    quote:
      "عملية اغتيال نفذها عملاء إسرائيليون باستخدام طائرات مسيرة في إيران خلال يونيو/ حزيران 2025، واستهدفت عددا من كبار قادة الحرس الثوري الإيراني",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: "2025-06-01",
    eventDatePrecision: "month",
    entities: ["israel", "iran", "irgc", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-unidentified-drones-kandahar",
    reportKey: "r000",
    statement:
      "Unidentified drones have appeared repeatedly and increasingly over Kandahar, seat of the Taliban emir.",
    quote:
      "الظهور المتكرر والمتزايد لطائرات مسيرة مجهولة الهوية في سماء قندهار، المدينة التي تضم المقر الرسمي لأمير طالبان الملا هبة الله آخوند زاده",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["kandahar", "hibatullah-akhundzada", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-drones-pakistan-or-us",
    reportKey: "r000",
    statement:
      "Afghan observers think the drones over Kandahar may belong to Pakistan or the United States.",
    quote:
      "فيما يرجح المراقبون الأفغان أن هذه الطائرات المسيرة قد تكون تابعة لباكستان أو الولايات المتحدة",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta, citing unnamed Afghan observers",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["kandahar", "pakistan", "united-states", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-emir-security-summer-2024",
    reportKey: "r000",
    statement:
      "In summer 2024 Akhundzada's entourage focused on his personal security, including protection from air threats.",
    quote:
      "المحيطين بالملا آخوند زاده أولوا اهتماما خاصا، خلال صيف 2024، بتعزيز أمنه الشخصي، بما في ذلك الحماية من التهديدات الجوية المحتملة",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta, citing unnamed Afghan sources",
    eventDate: "2024-01-01",
    eventDatePrecision: "year",
    entities: ["hibatullah-akhundzada", "taliban", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-feared-drone-attackers",
    reportKey: "r000",
    statement:
      "The emir's circle feared drone attacks by the US, ISKP or disaffected senior Taliban commanders.",
    quote:
      "طائرات مسيرة هجومية قد تستهدفه، ليس فقط من قبل الأميركيين أو عناصر تنظيم ولاية خراسان (الفرع الأفغاني لتنظيم داعش)، بل أيضا من قبل بعض قادة طالبان الكبار غير الراضين عنه",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["hibatullah-akhundzada", "united-states", "iskp", "taliban", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-iron-dome-priority",
    reportKey: "r000",
    statement:
      "An Iron Dome-style air-defence system over Kandahar or the emir's residence is a priority for his team.",
    quote:
      "إنشاء منظومة دفاع جوي خاصة، على غرار (القبة الحديدية) الإسرائيلية، فوق قندهار، أو على الأقل فوق مقر إقامة أمير طالبان، من أولويات الفريق المحيط بالملا آخوند زاده",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban", "kandahar", "hibatullah-akhundzada", "israel", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-no-iranian-expertise",
    reportKey: "r000",
    statement:
      "Despite capable advisers from Tehran in his circle, the emir apparently chose not to use Iranian expertise.",
    quote:
      "ورغم وجود مستشارين أكفاء من طهران ضمن دائرته، لكن يبدو أنه قرر عدم الاستعانة بالخبرات الإيرانية في هذا المجال",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["hibatullah-akhundzada", "iran", "nezavisimaya-gazeta"],
  },
  {
    key: "r000-leadership-relies-on-china",
    reportKey: "r000",
    statement:
      "The 13 September 2025 document shows the Taliban leadership relies mainly on China to train air-defence cadres.",
    quote:
      "تظهر الوثيقة التي وقعها وزير الدفاع الملا محمد يعقوب في 13 سبتمبر/ أيلول 2025 أن قيادة طالبان تعول بشكل رئيس على الصين في إعداد جزء مهم من الكوادر المتخصصة في منظومة الدفاع الجوي الخاصة بها",
    attribution: "Arabic news site, citing Nezavisimaya Gazeta's reading of the leaked document",
    eventDate: "2025-09-13",
    eventDatePrecision: "day",
    entities: ["taliban", "china", "mohammad-yaqoob-mujahid", "nezavisimaya-gazeta"],
  },

  // r001: Pakistan passing intelligence to the Taliban against ISKP (via The Washington Post)
  {
    key: "r001-pakistan-informal-channels",
    reportKey: "r001",
    statement:
      "Two unnamed Taliban commanders say Pakistan uses informal channels to give the Taliban intelligence against ISKP.",
    quote:
      "نقلت صحيفة “واشنطن بوست” الأمريكية، عن اثنين من قادة حركة طالبان -لم تسمهما- قولهما إنَّ باكستان تستخدم شبكة من القنوات غير الرسمية لدعم الحركة بالمعلومات الاستخباراتية والدعم الفني؛ لمواجهة تهديدات تنظيم “ولاية خراسان” في أفغانستان.",
    attribution:
      "Arabic news site, citing The Washington Post, citing two unnamed Taliban commanders",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["pakistan", "taliban", "iskp", "washington-post"],
  },
  {
    key: "r001-pakistan-monitors-communications",
    reportKey: "r001",
    statement:
      "Pakistani authorities help the Taliban monitor phone and internet traffic to identify ISKP members.",
    quote:
      "السلطات الباكستانية تمرر لحركة طالبان معلومات أولية عن المجموعة، بالإضافة إلى مساعدتها في مراقبة الاتصالات الهاتفية والإنترنت لتحديد أعضاء ولاية خراسان الموالي لتنظيم داعش والمراكز العملياتية التابعة له",
    attribution:
      "Arabic news site, citing The Washington Post, citing two unnamed Taliban commanders",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["pakistan", "taliban", "iskp", "washington-post"],
  },
  {
    key: "r001-defeat-is-within-days",
    reportKey: "r001",
    statement:
      "A Taliban commander says that if the US and others shared intelligence, the Taliban could defeat IS within days.",
    quote:
      "وإذا شاركت الولايات المتحدة وبقية دول العالم المعلومات معنا، فإنه بإمكاننا هزيمة تنظيم الدولة في غضون أيام فقط",
    attribution:
      "Arabic news site, citing The Washington Post, quoting an unnamed Taliban commander",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban", "united-states", "islamic-state", "washington-post"],
  },
  {
    key: "r001-karimi-rejects-commanders",
    reportKey: "r001",
    statement:
      "Taliban spokesman Bilal Karimi rejected the commanders' statements that the group needs international cooperation.",
    quote:
      "المتحدث باسم طالبان بلال كريمي، رفض تصريحات القياديين بأن الجماعة بحاجة إلى تعاون دُوَليّ لمحاربة المسلحين الآخرين",
    attribution:
      "Arabic news site, citing The Washington Post, citing Taliban spokesman Bilal Karimi",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["bilal-karimi", "taliban", "washington-post"],
  },
  {
    key: "r001-karimi-iskp-no-serious-threat",
    reportKey: "r001",
    statement:
      "Bilal Karimi said ISKP is no serious threat to the Islamic Emirate and the Taliban need no outside support.",
    quote:
      "تنظيم ولاية خراسان لا يشكل تهديداً خطيراً على الإمارة الإسلامية، وبالتالي لا نعتبره تحديًا كبيرًا، وعليه لا نحتاج إلى أي دعم خارجي لمعالجة هذه المشكلة",
    attribution:
      "Arabic news site, citing The Washington Post, quoting Taliban spokesman Bilal Karimi",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["bilal-karimi", "taliban", "iskp", "washington-post"],
  },
  {
    key: "r001-pakistan-discussed-counterterrorism",
    reportKey: "r001",
    statement:
      "A Pakistani official says Islamabad discussed counter-terrorism with the Taliban on a recent ISI chief and FM visit.",
    quote:
      "إسلام آباد ناقشت بالفعل التعاون في مكافحة الإرهاب مع حركة طالبان الأفغانية، خلال زيارة قام بها مؤخرًا رئيس المخابرات الباكستانية ووزير الخارجية إلى كابل",
    attribution:
      "Arabic news site, citing The Washington Post, quoting an unnamed Pakistani foreign-ministry official",
    eventDate: null,
    eventDatePrecision: null,
    entities: [
      "pakistan",
      "pakistan-foreign-ministry",
      "isi",
      "taliban",
      "kabul",
      "washington-post",
    ],
  },
  {
    key: "r001-too-early-for-intel-sharing",
    reportKey: "r001",
    statement:
      "The Pakistani official said it was too early to talk of information sharing or ongoing intelligence cooperation.",
    quote: "من المبكر الحديث عن تبادل المعلومات أو حدوث تعاون استخباراتي مستمر",
    attribution:
      "Arabic news site, citing The Washington Post, quoting an unnamed Pakistani foreign-ministry official",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["pakistan", "pakistan-foreign-ministry", "taliban", "washington-post"],
  },
  {
    key: "r001-russia-also-worried-about-is",
    reportKey: "r001",
    statement:
      "The Pakistani official said other countries such as Russia also worry about IS, so regional deals are possible.",
    quote:
      "بل دول أخرى مثل روسيا، قلقة بشأن داعش، ولذك لذلك يمكن أن يكون هناك تفاهمات إقليمية بشأن مكافحة الإرهاب",
    attribution:
      "Arabic news site, citing The Washington Post, citing an unnamed Pakistani foreign-ministry official",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["russia", "islamic-state", "pakistan-foreign-ministry", "washington-post"],
  },
  {
    key: "r001-biden-struggles-with-neighbours",
    reportKey: "r001",
    statement:
      "US officials say the Biden administration struggles to build stronger partnerships with Afghanistan's neighbours.",
    quote:
      "إدارة بايدن تكافح من أجل إقامة شراكات عسكرية واستخباراتية أقوى مع جيران أفغانستان المقربين",
    attribution: "Arabic news site, citing The Washington Post, citing unnamed US officials",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["united-states", "joe-biden", "afghanistan", "washington-post"],
  },
  {
    key: "r001-is-2000-fighters",
    reportKey: "r001",
    statement: "IS in Afghanistan has about 2,000 fighters, according to the latest UN estimates.",
    quote: "ولدى تنظيم داعش في أفغانستان حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة",
    attribution: "Arabic news site, citing the latest United Nations estimates",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["islamic-state", "afghanistan", "united-nations"],
  },
  {
    key: "r001-taliban-over-70000",
    reportKey: "r001",
    statement: "The Taliban have more than 70,000 fighters.",
    quote: "بينما يزيد عدد عناصر حركة طالبان عن 70 ألف مقاتل",
    attribution: "Arabic news site (no source given for this figure)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban"],
  },
  {
    key: "r001-defections-could-swell-is",
    reportKey: "r001",
    statement:
      "Experts fear IS ranks could grow through defections of Taliban members opposed to the group's recent policy.",
    quote:
      "ويخشى الكثير من الخبراء أن يزداد عدد مقاتلي داعش في حال حدوث انشقاقات في صفوف طالبان، لا سيّما الأعضاء الرافضين لسياسة الحركة الأخيرة، التي يصفونها بـ”المتساهلة والمتخاذلة”",
    attribution: "Arabic news site, citing The Washington Post, citing unnamed experts",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["islamic-state", "taliban", "washington-post"],
  },

  // r002: Russia's recognition of the Taliban and two leaked Taliban documents (analysis)
  {
    key: "r002-recognition-early-july-2025",
    reportKey: "r002",
    statement:
      "Russia officially recognised the Taliban government in Kabul at the start of July 2025.",
    quote:
      "شهدت أفغانستان مطلع شهر يوليو (تموز) 2025 تطورًا لافتًا في علاقاتها الخارجية، تمثّل في اعتراف روسيا الرسمي بحكومة حركة طالبان الحاكمة في كابُل",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["russia", "taliban", "afghanistan"],
  },
  {
    key: "r002-moscow-first-capital",
    reportKey: "r002",
    statement:
      "The recognition made Moscow the first capital in the world to take this step since the Taliban's 2021 takeover.",
    quote:
      "جاء هذا الاعتراف ليجعل موسكو أول عاصمة في العالم تقدم على هذه الخطوة منذ سيطرة طالبان على السلطة عام 2021",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["russia", "moscow", "taliban"],
  },
  {
    key: "r002-return-august-2021",
    reportKey: "r002",
    statement:
      "Since the Taliban returned to power in Kabul in August 2021, Moscow has pursued a pragmatic policy towards them.",
    quote:
      "فمنذ عودة طالبان إلى الحكم في كابُل في أغسطس (آب) 2021، إثر الانسحاب الأمريكي، انتهجت موسكو سياسة براغماتية للتعامل مع “الأمر الواقع” الجديد في أفغانستان",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2021-08-01",
    eventDatePrecision: "month",
    entities: ["taliban", "russia", "kabul", "united-states"],
  },
  {
    key: "r002-delisting-april-2025",
    reportKey: "r002",
    statement:
      "Russia removed the Taliban from its list of banned terrorist organisations in April 2025.",
    quote:
      "وفي أبريل (نيسان) 2025، أقدمت روسيا على خطوة غير مسبوقة بشطب اسم حركة طالبان من قائمة التنظيمات الإرهابية المحظورة لديها",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2025-04-01",
    eventDatePrecision: "month",
    entities: ["russia", "taliban"],
  },
  {
    key: "r002-listed-since-2003",
    reportKey: "r002",
    statement:
      "Russia had listed the Taliban as a terrorist organisation since 2003, over its alliance with Chechen rebels.",
    quote: "بعد أن أدرجتها فيها منذ عام 2003 إبّان تحالف طالبان السابق مع متمردي الشيشان",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2003-01-01",
    eventDatePrecision: "year",
    entities: ["russia", "taliban", "chechen-separatists"],
  },
  {
    key: "r002-spief-2024-delegations",
    reportKey: "r002",
    statement:
      "Moscow hosted Taliban delegations at economic forums such as the 2024 St Petersburg Economic Forum.",
    quote: "فاستضافت وفودًا لطالبان في منتديات اقتصادية (مثل منتدى بطرسبورغ الاقتصادي عام 2024)",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2024-01-01",
    eventDatePrecision: "year",
    entities: ["russia", "taliban", "spief"],
  },
  {
    key: "r002-putin-ally-mid-2024",
    reportKey: "r002",
    statement:
      'President Vladimir Putin described the Taliban in mid-2024 as an "ally in the fight against terrorism".',
    quote:
      "حتى إن الرئيس فلاديمير بوتين نفسه وصف طالبان في منتصف 2024 بأنها “حليف في محاربة الإرهاب”",
    attribution: "Arabic analysis page (unnamed author), paraphrasing Vladimir Putin",
    eventDate: "2024-01-01",
    eventDatePrecision: "year",
    entities: ["vladimir-putin", "russia", "taliban"],
  },
  {
    key: "r002-recognition-3-july-2025",
    reportKey: "r002",
    statement:
      "On 3 July 2025 Russia formally announced its recognition of the Taliban-led Islamic Emirate of Afghanistan.",
    quote:
      "في الثالث من يوليو (تموز) 2025، بدأ هذا المسار بإعلان روسيا رسميًّا اعترافها بحكومة “إمارة أفغانستان الإسلامية” تحت قيادة طالبان",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2025-07-03",
    eventDatePrecision: "day",
    entities: ["russia", "taliban", "afghanistan"],
  },
  {
    key: "r002-ambassador-credentials",
    reportKey: "r002",
    statement:
      "Russia's deputy foreign minister received the credentials of the new Afghan ambassador to Moscow.",
    quote: "تسلّم نائب وزير الخارجية الروسي أوراق اعتماد السفير الأفغاني الجديد لدى موسكو",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["russian-foreign-ministry", "taliban", "moscow"],
  },
  {
    key: "r002-flag-raised-moscow-embassy",
    reportKey: "r002",
    statement:
      "The Taliban flag was raised over the Afghan embassy in Moscow for the first time since their first regime fell in 2001.",
    quote:
      "ورُفع علم طالبان فوق مبنى السفارة في العاصمة الروسية للمرة الأولى منذ سقوط نظامهم الأول عام 2001",
    attribution: "Arabic analysis page (unnamed author)",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["taliban", "moscow"],
  },
  {
    key: "r002-brave-decision",
    reportKey: "r002",
    statement: 'The Taliban called Russia\'s recognition a "brave decision".',
    quote: "وصفت طالبان الخطوة الروسية بأنها “قرار شجاع”",
    attribution: "Arabic analysis page (unnamed author), paraphrasing the Taliban",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["taliban", "russia"],
  },
  {
    key: "r002-gdi-document-7-july-2025",
    reportKey: "r002",
    statement:
      'A leaked Taliban intelligence document dated 7 July 2025 notes more Russians arriving as "tourists" since recognition.',
    quote:
      "فبحسب تلك الوثيقة الصادرة عن المديرية العامة للمخابرات التابعة لطالبان، بتاريخ 7 يوليو (تموز) 2025، لوحظ ازدياد في أعداد الوافدين الروس إلى أفغانستان تحت اسم “السياحة”، أو ضمن بعثات ثقافية وإعلامية منذ إعلان الاعتراف",
    attribution:
      "Arabic analysis page, citing a leaked Taliban General Directorate of Intelligence document",
    eventDate: "2025-07-07",
    eventDatePrecision: "day",
    entities: ["taliban-gdi", "russia", "afghanistan"],
  },
  {
    key: "r002-russian-visitors-intelligence-aims",
    reportKey: "r002",
    statement:
      "The leaked intelligence document says Russian tourist, cultural and media groups have intelligence aims.",
    quote:
      "تدخل هذه المجموعات البلاد بصفة سيّاح، وضمن بعثات ثقافية أو إعلاميين، ولكن لهم أغراض استخبارية",
    attribution:
      "Arabic analysis page, quoting a leaked Taliban General Directorate of Intelligence document",
    eventDate: "2025-07-07",
    eventDatePrecision: "day",
    entities: ["taliban-gdi", "russia"],
  },
  {
    key: "r002-mod-arms-request-july-2025",
    reportKey: "r002",
    statement:
      "A leaked early-July 2025 Taliban MoD letter to the foreign ministry plans to request large arms supplies from Russia.",
    quote:
      "فقد أظهرت وثيقة ثانية مؤرخة أوائل يوليو (تموز) 2025، صادرة عن وزارة الدفاع في حكومة طالبان وموجهة إلى وزارة الخارجية الأفغانية، نية الحركة التقدم بطلب رسمي إلى موسكو للحصول على معدات عسكرية وأسلحة متطورة بكميات كبيرة من روسيا",
    attribution: "Arabic analysis page, citing a leaked Taliban defence-ministry document",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["taliban-ministry-of-defence", "taliban-foreign-ministry", "russia"],
  },
  {
    key: "r002-mod-intends-to-buy",
    reportKey: "r002",
    statement:
      "The leaked MoD document says the Taliban intend to buy the equipment from Russia on the basis of mutual understanding.",
    quote:
      "نعتزم شراء المعدات المذكورة من روسيا على أساس التفاهم المتبادل؛ لأنهم قد تعاونوا معنا في بعض المجالات",
    attribution: "Arabic analysis page, quoting a leaked Taliban defence-ministry document",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["taliban-ministry-of-defence", "russia"],
  },
  {
    key: "r002-race-against-time",
    reportKey: "r002",
    statement:
      'The Afghan source who leaked the document says the Taliban MoD is in a "race against time" to get Russian arms.',
    quote:
      "فبحسب المصدر الأفغاني الذي سرّب الوثيقة للصحافة الروسية، تسعى وزارة دفاع طالبان إلى “سباق مع الزمن” للحصول على الأسلحة الروسية",
    attribution:
      "Arabic analysis page, citing the unnamed Afghan source who leaked the document to the Russian press",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban-ministry-of-defence", "russia"],
  },

  // r003: the Russia–Taliban military-technical agreement of 27 May 2026 (position paper)
  {
    key: "r003-agreement-27-may-2026",
    reportKey: "r003",
    statement:
      "Russia and the Taliban signed a military-technical cooperation agreement on 27 May 2026.",
    quote: "بلغ صحوته مع توقيع إتفاق تعاون عسكري-تقني في السابع والعشرون من مايو لعام ٢٠٢٦",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: "2026-05-27",
    eventDatePrecision: "day",
    entities: ["russia", "taliban"],
  },
  {
    key: "r003-moscow-forum-120-countries",
    reportKey: "r003",
    statement:
      "The deal was signed at an international security forum in Moscow, 26–29 May 2026, attended by over 120 countries.",
    quote:
      "على هامش المنتدى الأمني الدولي في الفترة من السادس والعشرون من مايو لعام ٢٠٢٦ وحتى التاسع والعشرون من مايو لنفس العام بالعاصمة الروسية موسكو بحضور أكثر من ١٢٠ دولة",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: "2026-05-01",
    eventDatePrecision: "month",
    entities: ["moscow", "russia"],
  },
  {
    key: "r003-delisting-april-2024",
    reportKey: "r003",
    statement: "Russia removed the Taliban from its list of terrorist organisations in April 2024.",
    quote: "شمل رفع روسيا حركة طالبان من قائمة التنظيمات الإرهابية في إبريل لعام ٢٠٢٤",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: "2024-04-01",
    eventDatePrecision: "month",
    entities: ["russia", "taliban"],
  },
  {
    key: "r003-recognition-july-2025",
    reportKey: "r003",
    statement: "Russia officially recognised the Taliban government in July 2025.",
    quote: "بعد ذلك الإعتراف الرسمي بحكومة طالبان في يوليو ٢٠٢٥",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["russia", "taliban"],
  },
  {
    key: "r003-first-major-power",
    reportKey: "r003",
    statement:
      "By recognising the Taliban government, Russia became the first major power to take this step.",
    quote: "وبالتالي تكون روسيا أول قوى كبرى تتخذ هذه الخطوة",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: "2025-07-01",
    eventDatePrecision: "month",
    entities: ["russia", "taliban"],
  },
  {
    key: "r003-open-channels-since-2021",
    reportKey: "r003",
    statement:
      "Since the Taliban returned to power in 2021, Moscow has kept open channels of communication with them.",
    quote: "فمنذ عودة طالبان إلى السلطة عام ٢٠٢١ حافظت موسكو على قنوات إتصال مفتوحة مع طالبان",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: "2021-01-01",
    eventDatePrecision: "year",
    entities: ["taliban", "russia"],
  },
  {
    key: "r003-full-text-unpublished",
    reportKey: "r003",
    statement:
      "The full text of the Russia–Taliban agreement had not been published at the time of writing.",
    quote: "على الرغم من أن النص الكامل للإتفاق لم ينشر حتى الآن",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["russia", "taliban"],
  },
  {
    key: "r003-kabulov-repair-focus",
    reportKey: "r003",
    statement:
      "Russian envoy Zamir Kabulov says the focus is repairing Russian military equipment already inside Afghanistan.",
    quote:
      'بحسب تصريحات المبعوث الروسي الخاص إلى أفغانستان "ضمير كابلوف" فإن التركيز الحالي ينصب على إصلاح وإعادة تأهيل المعدات العسكرية الروسية الموجودة داخل أفغانستان',
    attribution:
      "Knowledge Center position paper, citing Zamir Kabulov's statements (footnote 1: Afghanistan International)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["zamir-kabulov", "russia", "afghanistan", "afghanistan-international"],
  },
  {
    key: "r003-kabulov-framework-deal",
    reportKey: "r003",
    statement:
      "Kabulov said the deal is practical and framework in nature, a legal basis for possible future cooperation.",
    quote:
      "كما أوضح كابلوف بأن الإتفاق يتمتع بطابع عملي وإطاري، أي يضع أساس قانوني لتعاون محتمل مستقبلاً، دون الكشف عن جميع المجالات أو الإلتزامات",
    attribution:
      "Knowledge Center position paper, citing Zamir Kabulov (footnote 1: Afghanistan International)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["zamir-kabulov", "russia", "taliban", "afghanistan-international"],
  },
  {
    key: "r003-may-expand-later",
    reportKey: "r003",
    statement:
      "Some reports say the deal may later extend to technical training, logistics, maintenance and other systems.",
    quote:
      "وتشير بعض التقارير أن الإتفاق ربما يمهد لاحقاً لمجالات أوسع مثل التدريب الفني، والدعم اللوجستي، والصيانة، وربما التعاون في أنظمة أخرى",
    attribution: "Knowledge Center position paper, citing unnamed reports",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["russia", "taliban"],
  },
  {
    key: "r003-afintl-25-june-2026",
    reportKey: "r003",
    statement:
      "Afghanistan International reported on 25 June 2026 that the Taliban are rebuilding their army with Russian help.",
    quote:
      "^١ محبوب شاه محبوب، حركة طالبان تعيد بناء جيشها بمساعدة روسيا، أفغانستان إنترناشونال، ٢٥ يونيو ٢٠٢٦",
    attribution:
      "Knowledge Center position paper, footnote citing Afghanistan International (Mahboob Shah Mahboob)",
    eventDate: "2026-06-25",
    eventDatePrecision: "day",
    entities: ["afghanistan-international", "mahboob-shah-mahboob", "taliban", "russia"],
  },
  {
    key: "r003-euronews-first-country",
    reportKey: "r003",
    statement:
      "Euronews reported on 4 July 2025 that Russia was the first country to officially recognise the Taliban government.",
    quote:
      '^٣ يورونيوز، موسكو "تكسر العزلة": روسيا أول دولة تعترف رسمياً بحكومة طالبان في أفغانستان، يورو نيوز، ٤ يوليو ٢٠٢٥',
    attribution: "Knowledge Center position paper, footnote citing Euronews (Arabic)",
    eventDate: "2025-07-04",
    eventDatePrecision: "day",
    entities: ["euronews", "russia", "taliban", "afghanistan"],
  },
  {
    key: "r003-trans-afghan-railway",
    reportKey: "r003",
    statement:
      "The trans-Afghan railway project is meant to link Russia to South Asian markets through Afghanistan.",
    quote:
      "مشروع السكك الحديدية العابرة لأفغانستان، المستهدف لربط روسيا بأسواق جنوب آسيا عبر أراضي الأفغان",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["afghanistan", "russia"],
  },
  {
    key: "r003-afghanistan-borders",
    reportKey: "r003",
    statement: "Afghanistan shares borders with Tajikistan, Uzbekistan and Turkmenistan.",
    quote: "كما تشترك أفغانستان بحدود مع طاجيكستان وأوزباكستان وتركمانستان",
    attribution:
      "Knowledge Center for Strategy Researches and Studies position paper (Amr El-Metwally)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["afghanistan", "tajikistan", "uzbekistan", "turkmenistan"],
  },

  // r004: US–Taliban contacts and US air support against ISKP (Ultra Sawt, 27 Aug 2021)
  {
    key: "r004-headline-us-air-support",
    reportKey: "r004",
    statement: "US forces provided air support to the Taliban in its operations against ISKP.",
    quote:
      "قدمت القوات الأمريكية الدعم الجوي لطالبان في عملياتها ضد ولاية خراسان التابعة لتنظيم الدولة (وول ستريت جورنال)",
    attribution: "Ultra Sawt headline, credited to The Wall Street Journal",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["united-states", "taliban", "iskp", "wall-street-journal"],
  },
  {
    key: "r004-burns-sent-to-meet-baradar",
    reportKey: "r004",
    statement:
      "President Biden sent CIA director William Burns to meet Taliban leader Abdul Ghani Baradar.",
    quote:
      "بعد أن أوفد الرئيس الأمريكي جو بايدن مدير وكالة المخابرات المركزية، وليام بيرنز، من أجل اللقاء الذي جمعه مع\u00a0عبد الغني برادر",
    attribution: "Ultra Sawt (translation team), citing US media",
    eventDate: "2021-08-23",
    eventDatePrecision: "day",
    entities: ["joe-biden", "william-burns", "cia", "abdul-ghani-baradar", "taliban"],
  },
  {
    key: "r004-meeting-kabul-23-august",
    reportKey: "r004",
    statement:
      "US officials told The Washington Post that the meeting took place in Kabul on Monday 23 August.",
    quote:
      "ونقلت واشنطن بوست مطلع الأسبوع عن مسؤولين أمريكيين أن اللقاء حصل في كابول يوم الإثنين 23 آب/أغسطس",
    attribution: "Ultra Sawt, citing The Washington Post, citing unnamed US officials",
    eventDate: "2021-08-23",
    eventDatePrecision: "day",
    entities: ["washington-post", "william-burns", "abdul-ghani-baradar", "kabul"],
  },
  {
    key: "r004-politico-intel-and-lists",
    reportKey: "r004",
    statement:
      "Senior US officials in Kabul shared intelligence and lists of US citizens and Afghans with Taliban leaders.",
    quote:
      "كشفت صحيفة بوليتيكو الأمريكية، أن مسؤولين أمريكيين رفيعي المستوى في كابول، قد أنشأوا قنوات اتصال أكثر نشاطًا مع قادة في الحركة، وتشاركوا معهم معلومات استخبارية، إضافة إلى قوائم بأسماء المواطنين الأمريكيين والأفغان الذين تسعى الحكومة الأمريكية لمساعدتهم في الوصول إلى مطار كابول والخروج من أفغانستان",
    attribution: "Ultra Sawt, citing Politico",
    eventDate: "2021-08-01",
    eventDatePrecision: "month",
    entities: ["united-states", "taliban", "kabul", "kabul-airport", "politico"],
  },
  {
    key: "r004-airport-bombing-13-killed",
    reportKey: "r004",
    statement:
      "The 26 August suicide bombing near Kabul airport killed dozens of civilians and at least 13 US service members.",
    quote:
      "كان آخرها التفجير الانتحاري الذي ضرب محيط المطار يوم الخميس، 26 آب/أغسطس، وراح ضحيته عشرات المدنيين، إضافة إلى 13 عسكريًا أمريكيًا على الأقل",
    attribution: "Ultra Sawt, in a passage citing Politico's US-official sources",
    eventDate: "2021-08-26",
    eventDatePrecision: "day",
    entities: ["kabul-airport", "united-states", "politico"],
  },
  {
    key: "r004-is-claimed-attack",
    reportKey: "r004",
    statement: "The Islamic State later claimed responsibility for the Kabul airport attack.",
    quote: "وقد أعلنت داعش لاحقًا مسؤوليتها عن الهجوم.",
    attribution: "Ultra Sawt (translation team)",
    eventDate: "2021-08-26",
    eventDatePrecision: "day",
    entities: ["islamic-state", "kabul-airport"],
  },
  {
    key: "r004-linked-headline-12-killed",
    reportKey: "r004",
    statement:
      "A linked headline on the same page says at least 12 US soldiers were killed in the Kabul airport attack.",
    quote: "اقرأ/ي أيضًا:\u00a0مقتل 12 جنديًا أمريكيًا على الأقل في هجوم مطار كابول",
    attribution: 'Ultra Sawt, "read also" link to another Ultra Sawt article',
    eventDate: "2021-08-26",
    eventDatePrecision: "day",
    entities: ["kabul-airport", "united-states"],
  },
  {
    key: "r004-commanders-call-taliban-partners",
    reportKey: "r004",
    statement:
      'Politico says Gen. Frank McKenzie and Adm. Peter Vasely refer to the Taliban as "our Afghan partners".',
    quote:
      'وقد كشفت بوليتيكو بأن قيادات عسكرية أمريكية عليا، من بينهم قائد القيادة الوسطى الجنرال فرانك ماكينزي، والقائد الأعلى للقوات الأمريكية في أفغانستان، الأدميرال بيتر فاسيلي، يشيرون إلى طالبان في أفغانستان بوصفهم "شركاؤنا الأفغان"',
    attribution: "Ultra Sawt, citing Politico",
    eventDate: "2021-08-01",
    eventDatePrecision: "month",
    entities: ["frank-mckenzie", "peter-vasely", "centcom", "taliban", "politico"],
  },
  {
    key: "r004-daily-contact",
    reportKey: "r004",
    statement:
      'There is "daily contact" between Taliban leaders and US command on airport access and who may leave.',
    quote:
      'إضافة إلى وجود "تواصل\u00a0يومي" بين قادة طالبان والقيادة الأمريكية في أفغانستان، بشأن تنسيق عمليات الدخول إلى المطار، وتحديد الأسماء التي يمكنها أن تغادر على متن الطائرات الأمريكية',
    attribution: "Ultra Sawt, citing Politico",
    eventDate: "2021-08-01",
    eventDatePrecision: "month",
    entities: ["taliban", "united-states", "kabul-airport", "politico"],
  },
  {
    key: "r004-pul-e-charkhi-15-august",
    reportKey: "r004",
    statement:
      "After seizing Pul-e-Charkhi prison on 15 August, the Taliban freed many inmates but held IS emir Abu Omar al-Khorasani.",
    quote:
      'بعد سيطرتها على سجن "بولي شارخي" في كابول، في 15 آب/أغسطس الماضي، أطلقت حركة طالبان سراح العديد من السجناء، إلا أنها تحفظت على عدد منهم، كان من بينهم أبو عمر الخراساني، وهو أمير تنظيم الدولة الإسلامية في أفغانستان',
    attribution: "Ultra Sawt (translation team)",
    eventDate: "2021-08-15",
    eventDatePrecision: "day",
    entities: [
      "taliban",
      "pul-e-charkhi-prison",
      "kabul",
      "abu-omar-al-khorasani",
      "islamic-state",
    ],
  },
  {
    key: "r004-khorasani-executed",
    reportKey: "r004",
    statement: "The Taliban executed Abu Omar al-Khorasani and eight of his IS comrades.",
    quote:
      'لكن طالبان أعدمت أبو عمر الخراساني، وثمانية من رفاقه التابعين للتنظيم الذي وصفته الحركة ب"الإرهابي"',
    attribution: "Ultra Sawt (translation team; no source given)",
    eventDate: "2021-08-01",
    eventDatePrecision: "month",
    entities: ["taliban", "abu-omar-al-khorasani", "islamic-state"],
  },
  {
    key: "r004-iskp-emerged-2014",
    reportKey: "r004",
    statement: "ISKP emerged in 2014 and was recognised by the Islamic State in early 2015.",
    quote:
      'منذ ظهور تنظيم "ولاية خراسان" عام 2014 والاعتراف به من قبل تنظيم الدولة مطلع العام 2015',
    attribution: "Ultra Sawt (translation team)",
    eventDate: "2014-01-01",
    eventDatePrecision: "year",
    entities: ["iskp", "islamic-state"],
  },
  {
    key: "r004-caption-us-help-strongholds",
    reportKey: "r004",
    statement:
      "A caption says the Taliban, with direct US help, beat ISKP in a number of its strongholds in Afghanistan.",
    quote:
      'تمكنت طالبان، بمساعدة مباشرة من القوات الأمريكية، من التفوق على تنظيم "ولاية خراسان" والتغلب عليه في عدد من معاقله في أفغانستان',
    attribution: "Ultra Sawt (pull-quote caption)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban", "united-states", "iskp", "afghanistan"],
  },
  {
    key: "r004-body-us-help-kunar",
    reportKey: "r004",
    statement:
      "The Taliban, at times directly helped by coalition and US forces, beat ISKP in strongholds such as Kunar.",
    quote:
      'وقد تمكنت طالبان، بمساعدة مباشرة أحيانًا من قوات التحالف والقوات الأمريكية، من التفوق على تنظيم "ولاية خراسان" والتغلب عليه في العديد من معاقله المعروفة في أفغانستان، ولاسيما في ولاية كونار أقصى شرقي البلاد، على الحدود الباكستانية',
    attribution: "Ultra Sawt (translation team)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban", "united-states", "iskp", "kunar"],
  },
  {
    key: "r004-wapo-october-2020-air-support",
    reportKey: "r004",
    statement:
      "A Washington Post report in October 2020 said US drone and air strikes aided Taliban moves against IS.",
    quote:
      'من بينها تقرير للواشنطن بوست في تشرين الأول/أكتوبر 2020، تحدث عن أن القوات الأمريكية "تعزّز تحرّكات طالبان ضد تنظيم الدولة"، وذلك عبر عمليات جويّة بالطائرات المسيّرة والعسكرية، والتي كان لها دور كبير في منح الأفضلية لطالبان في عملياتها ضد التنظيم',
    attribution: "Ultra Sawt, citing a Washington Post report of October 2020",
    eventDate: "2020-10-01",
    eventDatePrecision: "month",
    entities: ["washington-post", "united-states", "taliban", "islamic-state"],
  },
  {
    key: "r004-mckenzie-very-limited",
    reportKey: "r004",
    statement:
      'Gen. Frank McKenzie told the Senate Armed Services Committee the support was "very limited".',
    quote:
      'والادعاء بأنه "دعم محدود للغاية" بحسب تصريح قائد القيادة الوسطى الجنرال فرانك ماكينزي في شهادته أمام لجنة القوات المسلحة في مجلس الشيوخ الأمريكي',
    attribution: "Ultra Sawt, citing Gen. Frank McKenzie's Senate testimony",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["frank-mckenzie", "centcom", "senate-armed-services-committee"],
  },
  {
    key: "r004-taliban-air-force",
    reportKey: "r004",
    statement:
      'The Post says the JSOC team giving the Taliban air support was informally called the "Taliban Air Force".',
    quote:
      'فإن الفريق المكلف بمهام دعم طالبان جويًا داخل قيادة العمليات الخاصة المشتركة الأمريكية، يُعرف داخليًا باسم "قوات طالبان الجويّة"',
    attribution: "Ultra Sawt, citing a Washington Post report of October 2020",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["jsoc", "taliban", "washington-post"],
  },
  {
    key: "r004-iskp-local-kunar-fighters",
    reportKey: "r004",
    statement:
      "ISKP is made up of local fighters from Kunar and nearby areas; foreign fighters are not a significant share.",
    quote:
      'ويتألف الجناح الأفغاني لتنظيم الدولة الإسلامية، المعروف باسم "ولاية خراسان"، من مقاتلين محليين من كونار والمناطق المحيطة بها، ولا يشكّل المقاتلون الأجانب نسبة مؤثرة منهم',
    attribution: "Ultra Sawt (translation team)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["iskp", "kunar"],
  },
  {
    key: "r004-biden-speech-13-killed",
    reportKey: "r004",
    statement:
      "The Kabul airport attack that Biden addressed in his speech killed 13 US service members.",
    quote: "ففي كلمته أمس بعد الهجوم الدامي في محيط مطار كابول، والذي راح ضحيته 13 عسكريًا أمريكيا",
    attribution: "Ultra Sawt (translation team)",
    eventDate: "2021-08-26",
    eventDatePrecision: "day",
    entities: ["joe-biden", "kabul-airport", "united-states"],
  },
  {
    key: "r004-biden-no-taliban-role",
    reportKey: "r004",
    statement:
      "Biden ruled out Taliban involvement in the attack and said there was no Taliban–ISKP cooperation.",
    quote:
      'استبعد الرئيس الأميركي جو بايدن أن تكون طالبان متورّطة في الهجوم، كما أعرب عن قناعة إدارته بعدم وجود تعاون بين الحركة وتنظيم "ولاية خراسان"',
    attribution: "Ultra Sawt, reporting President Biden's speech",
    eventDate: "2021-08-26",
    eventDatePrecision: "day",
    entities: ["joe-biden", "taliban", "iskp"],
  },
  {
    key: "r004-withdrawal-31-august",
    reportKey: "r004",
    statement:
      "Biden said the Taliban had no interest in delaying the US withdrawal, announced for 31 August.",
    quote:
      "ليس ثمّة مصلحة لحركة طالبان في حصول إي تأخير على تنفيذ الانسحاب الأمريكي في الوقت المعلن، وهو 31 آب/أغسطس",
    attribution: "Ultra Sawt, reporting President Biden's speech",
    eventDate: "2021-08-31",
    eventDatePrecision: "day",
    entities: ["joe-biden", "taliban", "united-states"],
  },
  {
    key: "r004-taliban-not-on-us-lists",
    reportKey: "r004",
    statement: "The Afghan Taliban are not designated on US terrorism lists.",
    quote: "بخلاف النظرة إلى حركة طالبان الأفغانية، غير المصنفة في قوائم الإرهاب الأمريكية",
    attribution: "Ultra Sawt (translation team)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["taliban", "united-states"],
  },
  {
    key: "r004-russia-china-iran-embassies",
    reportKey: "r004",
    statement:
      "Russia, China and Iran see the Taliban as a possible guarantor of stability and plan to reopen Kabul embassies.",
    quote:
      "كما ترى العديد من الدول الأخرى، من بينها روسيا والصين وإيران، بأن طالبان قد تكون ضامنًا للاستقرار في أفغانستان، وهو ما دفع قيادات هذه الدول للإعلان عن عزمها إعادة فتح سفاراتها في كابول بعد إتمام الانسحاب الأمريكي",
    attribution: "Ultra Sawt (translation team)",
    eventDate: null,
    eventDatePrecision: null,
    entities: ["russia", "china", "iran", "taliban", "kabul"],
  },
];
