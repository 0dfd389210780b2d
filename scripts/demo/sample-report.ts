/**
 * The sample report: written for this project, in Arabic, about invented
 * events in an invented town, so that the demo desk has one report it may
 * ship whole (the five source reports stay as quoted passages; their full
 * texts are not ours to ship). It is built to show what the reader does:
 * attributions ("وفقًا لـ", "نقلت … عن مصدر"), dates and numbers in Western
 * and Arabic-Indic digits, and a contradiction inside the report itself
 * (the bridge closed on 12 March in one paragraph, on ١٤ مارس in another;
 * 120 families cut off in one, ٨٠ in the next).
 *
 * No real person, place or event is described; the opening note says so.
 */
import type { DemoSampleClaim, DemoRelation } from "./types";

export const sampleReport = {
  key: "sample",
  title: "Sample report (fictional, written for this desk): floods close the Wadi Fayrouz bridge",
  outlet: "Written for this desk (a sample, not a publication)",
} as const;

export const sampleReportText = `تقرير نموذجي للتدريب: السيول تغلق جسر وادي الفيروز

تنبيه: هذا تقرير نموذجي كُتب لهذا المشروع لأغراض العرض والتدريب. البلدة والوادي والهيئات والأشخاص والأحداث الواردة فيه كلها خيالية، ولا يصف أي واقعة حقيقية.

المِرسال – أعلنت هيئة الطرق في محافظة السهل الأزرق إغلاق جسر وادي الفيروز أمام حركة المرور يوم 12 مارس 2026، بعد أن ألحقت السيول أضرارًا بأحد أعمدته الرئيسية، وفقًا لبيان نشرته الهيئة على موقعها الرسمي. وذكرت الهيئة في بيانها أن نحو ٧٥٠٠ مركبة كانت تعبر الجسر يوميًا.

وقال المتحدث باسم الهيئة، المهندس سامر الدبّاغ، إن فرق الصيانة فحصت الجسر خلال ٤٨ ساعة من إغلاقه، وإن أعمال الإصلاح ستستغرق ستة أسابيع على الأقل، بكلفة تقدَّر بنحو ٣٫٥ مليون دينار.

ونقلت صحيفة «صدى السهل» المحلية عن مصدر في المجلس البلدي، طلب عدم ذكر اسمه، أن نحو 120 عائلة من القرى الواقعة شرق الوادي باتت معزولة عن مركز البلدة، وأن الطريق البديل عبر قرية الصفصافة يضيف أكثر من ساعتين إلى الرحلة.

غير أن رئيسة المجلس البلدي، نوال القصّار، قالت في مؤتمر صحفي يوم ١٦ مارس ٢٠٢٦ إن عدد العائلات المتضررة لا يتجاوز ٨٠ عائلة، مؤكدةً أن حافلات البلدية تنقل طلاب المدارس يوميًا عبر الطريق البديل.

وبحسب تقرير أعدّه مكتب الدفاع المدني في البلدة، فإن الجسر مغلق منذ ١٤ مارس ٢٠٢٦، أي بعد يومين من الموعد الذي ذكره بيان هيئة الطرق. وأشار التقرير إلى أن منسوب المياه في الوادي ارتفع 3.2 أمتار فوق معدله المعتاد ليلة 11 مارس.

وقال تاجر خضار من قرية الصفصافة، رفض الكشف عن اسمه، إن أسعار الخضار في سوق البلدة ارتفعت بنحو 30 في المئة منذ إغلاق الجسر.

وأكد الدبّاغ أن الهيئة طلبت دعمًا عاجلًا من وزارة الأشغال، مشيرًا إلى أن الجسر، الذي افتُتح عام ١٩٩٨، لم يخضع لصيانة شاملة منذ عام 2015.

من جهتها، توقعت دائرة الأرصاد الجوية في المحافظة هطول أمطار غزيرة جديدة خلال الأسبوع المقبل، ودعت السكان إلى تجنب عبور مجاري الأودية حتى إشعار آخر.

ولم يتسنَّ لمعدّي هذا التقرير التحقق بشكل مستقل من أرقام المجلس البلدي أو من تقديرات كلفة الإصلاح.
`;

/** The cards the demo reviewers made from the sample report in the reader; the rest stay suggestions. */
export const sampleClaims: DemoSampleClaim[] = [
  {
    key: "sample-bridge-closed-12-march",
    statement:
      "The Blue Plain roads authority closed the Wadi Fayrouz bridge to traffic on 12 March 2026.",
    quote:
      "أعلنت هيئة الطرق في محافظة السهل الأزرق إغلاق جسر وادي الفيروز أمام حركة المرور يوم 12 مارس 2026",
    attribution: "Sample report, citing a statement on the roads authority's website",
    eventDate: "2026-03-12",
    eventDatePrecision: "day",
    madeBy: "lina",
  },
  {
    key: "sample-bridge-closed-14-march",
    statement: "The town's civil defence office reports the bridge closed since 14 March 2026.",
    quote: "فإن الجسر مغلق منذ ١٤ مارس ٢٠٢٦",
    attribution: "Sample report, citing a report by the town's civil defence office",
    eventDate: "2026-03-14",
    eventDatePrecision: "day",
    madeBy: "hana",
  },
  {
    key: "sample-120-families-cut-off",
    statement: "About 120 families in villages east of the wadi are cut off from the town centre.",
    quote: "أن نحو 120 عائلة من القرى الواقعة شرق الوادي باتت معزولة عن مركز البلدة",
    attribution:
      "Sample report, citing the local paper Sada al-Sahl, citing an unnamed council source",
    eventDate: null,
    eventDatePrecision: "day",
    madeBy: "omar",
  },
  {
    key: "sample-80-families-affected",
    statement: "The head of the town council says no more than 80 families are affected.",
    quote: "إن عدد العائلات المتضررة لا يتجاوز ٨٠ عائلة",
    attribution: "Sample report, quoting the head of the town council at a press conference",
    eventDate: "2026-03-16",
    eventDatePrecision: "day",
    madeBy: "lina",
  },
];

/** The report's contradictions, linked by the reviewer who noticed each. */
export const sampleRelations: Array<DemoRelation & { linkedBy: DemoSampleClaim["madeBy"] }> = [
  {
    fromClaim: "sample-bridge-closed-14-march",
    toClaim: "sample-bridge-closed-12-march",
    kind: "contradicts",
    note: "The report contradicts itself: the roads authority's statement says 12 March, the civil defence report 14 March.",
    linkedBy: "hana",
  },
  {
    fromClaim: "sample-80-families-affected",
    toClaim: "sample-120-families-cut-off",
    kind: "contradicts",
    note: "An unnamed council source says about 120 families are cut off; the council head says no more than 80 are affected.",
    linkedBy: "omar",
  },
];
