/**
 * Demo entities: every country, person, organisation and place the demo
 * claims (claims.ts) mention, each under one normalised English spelling
 * (the reports spell names several ways, e.g. "ولاية خراسان" / "ولاية خرسان" /
 * "داعش- ولاية خراسان" are all ISKP), so that filtering and exporting by
 * entity finds every card.
 */
import type { DemoEntity } from "./types";

export const demoEntities: DemoEntity[] = [
  // countries
  { key: "afghanistan", name: "Afghanistan", kind: "country" },
  { key: "china", name: "China", kind: "country" },
  { key: "iran", name: "Iran", kind: "country" },
  { key: "israel", name: "Israel", kind: "country" },
  { key: "pakistan", name: "Pakistan", kind: "country" },
  { key: "russia", name: "Russia", kind: "country" },
  { key: "tajikistan", name: "Tajikistan", kind: "country" },
  { key: "turkmenistan", name: "Turkmenistan", kind: "country" },
  { key: "united-states", name: "United States", kind: "country" },
  { key: "uzbekistan", name: "Uzbekistan", kind: "country" },
  // people
  { key: "abdul-ghani-baradar", name: "Abdul Ghani Baradar", kind: "person" },
  { key: "abu-omar-al-khorasani", name: "Abu Omar al-Khorasani", kind: "person" },
  { key: "bilal-karimi", name: "Bilal Karimi", kind: "person" },
  { key: "frank-mckenzie", name: "Frank McKenzie", kind: "person" },
  { key: "hibatullah-akhundzada", name: "Hibatullah Akhundzada", kind: "person" },
  { key: "joe-biden", name: "Joe Biden", kind: "person" },
  { key: "mahboob-shah-mahboob", name: "Mahboob Shah Mahboob", kind: "person" },
  { key: "mohammad-yaqoob-mujahid", name: "Mohammad Yaqoob Mujahid", kind: "person" },
  { key: "peter-vasely", name: "Peter Vasely", kind: "person" },
  { key: "vladimir-putin", name: "Vladimir Putin", kind: "person" },
  { key: "william-burns", name: "William Burns", kind: "person" },
  { key: "zamir-kabulov", name: "Zamir Kabulov", kind: "person" },
  // organisations
  { key: "afghanistan-international", name: "Afghanistan International", kind: "outlet" },
  { key: "centcom", name: "US Central Command (CENTCOM)", kind: "organisation" },
  { key: "chechen-separatists", name: "Chechen separatists", kind: "organisation" },
  { key: "cia", name: "Central Intelligence Agency (CIA)", kind: "organisation" },
  { key: "euronews", name: "Euronews", kind: "outlet" },
  { key: "irgc", name: "Islamic Revolutionary Guard Corps (IRGC)", kind: "organisation" },
  { key: "isi", name: "Inter-Services Intelligence (ISI)", kind: "organisation" },
  { key: "iskp", name: "Islamic State Khorasan Province (ISKP)", kind: "organisation" },
  { key: "islamic-state", name: "Islamic State (IS)", kind: "organisation" },
  { key: "jsoc", name: "Joint Special Operations Command (JSOC)", kind: "organisation" },
  { key: "nezavisimaya-gazeta", name: "Nezavisimaya Gazeta", kind: "outlet" },
  {
    key: "pakistan-foreign-ministry",
    name: "Pakistani Ministry of Foreign Affairs",
    kind: "organisation",
  },
  { key: "politico", name: "Politico", kind: "outlet" },
  {
    key: "russian-foreign-ministry",
    name: "Russian Ministry of Foreign Affairs",
    kind: "organisation",
  },
  {
    key: "senate-armed-services-committee",
    name: "US Senate Armed Services Committee",
    kind: "organisation",
  },
  {
    key: "spief",
    name: "St Petersburg International Economic Forum (SPIEF)",
    kind: "organisation",
  },
  { key: "taliban", name: "Taliban", kind: "organisation" },
  {
    key: "taliban-foreign-ministry",
    name: "Taliban Ministry of Foreign Affairs",
    kind: "organisation",
  },
  {
    key: "taliban-gdi",
    name: "Taliban General Directorate of Intelligence (GDI)",
    kind: "organisation",
  },
  { key: "taliban-ministry-of-defence", name: "Taliban Ministry of Defence", kind: "organisation" },
  {
    key: "taliban-strategic-intelligence",
    name: "Taliban Strategic Intelligence Directorate",
    kind: "organisation",
  },
  { key: "united-nations", name: "United Nations", kind: "organisation" },
  { key: "wall-street-journal", name: "The Wall Street Journal", kind: "outlet" },
  { key: "washington-post", name: "The Washington Post", kind: "outlet" },
  // places
  { key: "kabul", name: "Kabul", kind: "place" },
  {
    key: "kabul-airport",
    name: "Kabul airport (Hamid Karzai International Airport)",
    kind: "place",
  },
  { key: "kandahar", name: "Kandahar", kind: "place" },
  { key: "kunar", name: "Kunar province", kind: "place" },
  { key: "moscow", name: "Moscow", kind: "place" },
  { key: "pul-e-charkhi-prison", name: "Pul-e-Charkhi prison", kind: "place" },
];
