/**
 * Plans a secretariat officer might check, each with what an officer would expect the check to
 * find: written for this project (2026-12-02) from the themes of the sources the hub imports (the
 * White House fact sheets of 2021–2024, Canada's Open Government Partnership action plans, the
 * informal groups of IIGO 2.0) and the hub's own bodies; the expectations name the existing
 * activities and bodies that do the same thing, read in those sources. A labelled set made for an
 * evaluation, not an official register. Plans give a title and a description only (no topics,
 * no countries), as a first question usually does.
 *
 * `heldOut` plans were written with the others but never looked at while choosing the matching
 * rules; figures are reported for both halves (tests/eval/overlaps/run.ts).
 */
export type LabelledPlan = { id: string; title: string; description: string; expected: string[]; heldOut: boolean };

const wh = (date: string, slug: string) => `us-wh:${date}:${slug}`;

export const LABELLED_PLANS: readonly LabelledPlan[] = [
  {
    id: "independent-media-fund",
    title: "A fund for independent media",
    description: "Pooled donor fund supporting public interest journalism and independent media in fragile settings",
    expected: [
      wh("2021-12-09", "international-fund-for-public-interest-media"),
      wh("2024-03-20", "usaid-s-international-fund-for-public-interest-media-announc"),
      wh("2024-12-11", "supported-public-interest-media"),
    ],
    heldOut: false,
  },
  {
    id: "defamation-defence",
    title: "Legal defence for journalists sued for defamation",
    description: "Cover the legal costs of investigative reporters facing lawsuits meant to silence them",
    expected: [wh("2021-12-09", "defamation-defense-fund-for-journalists"), wh("2023-03-29", "usaid-launched-reporters-shield-an-insurance-product-to-defe")],
    heldOut: false,
  },
  {
    id: "journalist-safety",
    title: "Protection programme for journalists at risk",
    description: "Digital and physical security training, legal aid and psychosocial care for threatened journalists",
    expected: [wh("2021-12-09", "journalism-protection-platform"), wh("2024-03-20", "the-state-department-launched-two-programs-under-its-journal")],
    heldOut: false,
  },
  {
    id: "media-freedom-coalition",
    title: "A coalition of states for media freedom",
    description: "Governments advocating together for media freedom and the safety of journalists",
    expected: [wh("2021-12-09", "media-freedom-coalition"), wh("2022-11-29", "media-freedom-coalition")],
    heldOut: false,
  },
  {
    id: "media-viability",
    title: "Financial viability of independent news outlets",
    description: "Help independent media outlets find sustainable business models",
    expected: [
      wh("2021-12-09", "media-viability-accelerator"),
      wh("2022-11-29", "media-viability-accelerator"),
      wh("2023-03-29", "media-viability-accelerator"),
    ],
    heldOut: false,
  },
  {
    id: "kleptocrat-assets",
    title: "Denying kleptocrats a safe haven for stolen assets",
    description: "Trace, freeze and recover assets hidden abroad by corrupt officials",
    expected: [
      wh("2021-12-09", "democracies-against-safe-havens-initiative"),
      wh("2022-11-29", "kleptocracy-asset-recovery-rewards-program"),
      wh("2021-12-06", "establishing-a-kleptocracy-asset-recovery-rewards-program-th"),
      wh("2022-11-29", "task-force-kleptocapture"),
    ],
    heldOut: false,
  },
  {
    id: "beneficial-ownership",
    title: "A public register of beneficial owners",
    description: "Disclose who really owns companies, to stop anonymous shell companies hiding corruption",
    expected: [
      "ogp-can:5:C03.1",
      "ogp-can:5:C03.2",
      wh("2022-11-29", "corporate-transparency-act-cta"),
      wh("2023-03-29", "summit-for-democracy-commitment-on-beneficial-ownership-and"),
      wh("2021-12-06", "issuing-beneficial-ownership-transparency-regulations-that-h"),
    ],
    heldOut: false,
  },
  {
    id: "corruption-challenge",
    title: "A grand challenge against transnational corruption",
    description: "Crowd-source innovative solutions from businesses and technologists to transnational corruption",
    expected: [
      wh("2021-12-09", "combating-transnational-corruption-grand-challenge"),
      wh("2022-11-29", "countering-transnational-corruption-grand-challenge-for-deve"),
      wh("2023-03-29", "countering-transnational-corruption-grand-challenge-for-deve"),
    ],
    heldOut: false,
  },
  {
    id: "anti-corruption-activists",
    title: "Support for anti-corruption activists and whistleblowers",
    description: "Protect and connect civil society, journalists and whistleblowers who expose corruption",
    expected: [wh("2021-12-09", "empowering-anti-corruption-change-agents-program"), wh("2022-11-29", "supporting-anti-corruption-change-agents")],
    heldOut: false,
  },
  {
    id: "embattled-cso-fund",
    title: "Emergency fund for civil society organisations under threat",
    description: "Rapid grants to civil society organisations and human rights defenders facing repression",
    expected: [
      wh("2021-12-09", "lifeline-embattled-csos-assistance-fund"),
      wh("2022-06-07", "investments-in-civil-society"),
      "cod:wg:enabling-and-protecting-civil-society",
    ],
    heldOut: false,
  },
  {
    id: "electoral-integrity-coalition",
    title: "A network of democracies for election integrity",
    description: "Election management bodies and governments working together to secure electoral integrity",
    expected: [
      wh("2021-12-09", "coalition-for-securing-electoral-integrity"),
      wh("2022-11-29", "global-network-for-securing-election-integrity"),
      wh("2023-03-29", "global-network-for-securing-election-integrity"),
      wh("2022-11-29", "strengthening-electoral-integrity"),
    ],
    heldOut: false,
  },
  {
    id: "elections-fund",
    title: "Fund to defend elections",
    description: "Pilot and scale ways to protect elections from manipulation and disinformation",
    expected: [wh("2021-12-09", "defending-democratic-elections-fund"), wh("2024-03-20", "usaid-launched-the-defending-democratic-elections-fund-which")],
    heldOut: false,
  },
  {
    id: "anti-censorship",
    title: "Anti-censorship technology fund",
    description: "Fund tools that let people get around internet censorship and shutdowns",
    expected: [
      wh("2021-12-09", "multilateral-surge-and-sustain-fund-for-anti-censorship-tech"),
      wh("2022-11-29", "multilateral-surge-and-sustain-fund-for-anti-censorship-tech"),
      wh("2023-03-29", "growing-the-multilateral-surge-and-sustain-fund-for-anti-cen"),
    ],
    heldOut: false,
  },
  {
    id: "surveillance-export-controls",
    title: "Export controls on surveillance technology",
    description: "Stop exports of dual-use surveillance tools to governments that abuse human rights",
    expected: [
      wh("2021-12-09", "export-controls-and-human-rights-initiative"),
      wh("2024-12-11", "the-u-s-government-launched-the-export-control-and-human-rig"),
      "iigo:wassenaar-arrangement",
    ],
    heldOut: false,
  },
  {
    id: "commercial-spyware",
    title: "Curbing the misuse of commercial spyware",
    description: "Joint commitments of governments against the proliferation and misuse of commercial spyware",
    expected: [
      wh("2023-03-29", "executive-order-prohibiting-the-use-of-commercial-spyware-th"),
      wh("2024-03-20", "executive-order-prohibiting-the-use-of-commercial-spyware-th"),
      wh("2024-03-20", "joint-statement-on-efforts-to-counter-the-proliferation-and"),
      wh("2024-03-20", "pall-mall-declaration"),
    ],
    heldOut: false,
  },
  {
    id: "women-political-leadership",
    title: "Women's political participation",
    description: "Advance women's political and civic leadership",
    expected: [
      wh("2021-12-09", "advancing-women-s-and-girls-civic-and-political-leadership-i"),
      wh("2023-03-28", "expanding-the-advancing-women-s-and-girls-civic-and-politica"),
      wh("2024-03-20", "since-announcing-the-advancing-women-s-and-girls-civic-and-p"),
      "cod:wg:women-and-democracy",
    ],
    heldOut: false,
  },
  {
    id: "online-harassment-women",
    title: "Countering online harassment of women in public life",
    description: "Prevent and respond to technology-facilitated gender-based violence against women politicians and activists",
    expected: [
      wh("2022-06-07", "global-partnership-for-action-on-gender-based-online-harassm"),
      wh("2022-11-29", "global-partnership-for-action-on-gender-based-online-harassm"),
      wh("2023-03-28", "combatting-technology-facilitated-violence-targeting-women-i"),
      wh("2024-12-11", "countered-technology-facilitated-gender-based-violence"),
    ],
    heldOut: false,
  },
  {
    id: "internet-freedom",
    title: "A coalition of governments for internet freedom",
    description: "Governments committed to an open, free and secure internet and human rights online",
    expected: [
      wh("2021-12-09", "freedom-online-coalition-foc"),
      wh("2023-03-29", "strengthening-the-freedom-online-coalition"),
      wh("2022-11-29", "declaration-for-the-future-of-the-internet"),
      wh("2022-04-28", "united-states-and-60-global-partners-launch-declaration-for"),
    ],
    heldOut: false,
  },
  {
    id: "worker-rights",
    title: "Workers' rights and trade union organising",
    description: "Support workers organising and independent trade unions as part of democracy",
    expected: [
      wh("2021-12-09", "multilateral-partnership-for-organizing-worker-empowerment-a"),
      wh("2024-12-11", "presidential-memorandum-on-advancing-worker-empowerment-righ"),
    ],
    heldOut: false,
  },
  {
    id: "disability-inclusion",
    title: "Disability-inclusive democracy",
    description: "Make elections and political life accessible to people with disabilities",
    expected: [
      wh("2021-12-03", "launching-the-disability-inclusive-democracy-year-of-action"),
      wh("2021-12-03", "increasing-access-to-democracy-for-voters-with-disabilities"),
      wh("2024-12-11", "expanded-international-disability-rights"),
    ],
    heldOut: false,
  },
  {
    id: "foreign-interference",
    title: "Rapid response to foreign interference and disinformation",
    description: "Coordinate democracies' responses to foreign threats to their elections and disinformation campaigns",
    expected: ["g7:rapid-response-mechanism", "ogp-can:5:C02.1", "ogp-can:5:C02.2"],
    heldOut: false,
  },
  {
    id: "youth-network",
    title: "A network of young democratic leaders",
    description: "Equip the next generation of young leaders to take part in democratic life",
    expected: [
      wh("2024-12-11", "youth-democracy-network"),
      wh("2024-03-20", "the-community-of-democracies-cod-is-working-towards-the-2024"),
      wh("2024-12-11", "indigenous-youth-leadership-coalition"),
    ],
    heldOut: false,
  },
  {
    id: "open-government-plan",
    title: "An open government action plan",
    description: "Open data and transparency commitments made with civil society under the Open Government Partnership",
    expected: [
      "ogp-can:5:C05.1",
      "ogp-can:5:C05.2",
      wh("2023-03-29", "u-s-government-s-fifth-open-government-national-action-plan"),
      wh("2023-03-29", "the-united-states-launched-its-5th-national-action-plan-in-t"),
    ],
    heldOut: false,
  },
  {
    id: "targeted-sanctions",
    title: "Targeted sanctions on human rights abusers and corrupt officials",
    description: "Joint visa bans and asset freezes on individuals responsible for corruption and serious human rights abuses",
    expected: [
      wh("2024-12-11", "global-magnitsky-sanctions-program"),
      wh("2023-03-29", "the-treasury-department-designated-dozens-of-individuals-and"),
      wh("2024-03-20", "the-department-of-the-treasury-imposed-sanctions-on-more-tha"),
      wh("2024-12-11", "khashoggi-ban"),
    ],
    heldOut: false,
  },
  // Held out: never looked at while the rules were chosen.
  {
    id: "financial-stability-forum",
    title: "A forum of major economies on financial stability",
    description: "Finance ministries and central banks coordinating financial regulation and stability",
    expected: ["iigo:financial-stability-board", "iigo:group-of-20-230-320", "iigo:basel-committee-on-banking-supervision"],
    heldOut: true,
  },
  {
    id: "nuclear-export-regime",
    title: "A nuclear export control regime",
    description: "Suppliers coordinating controls on exports of nuclear material and technology",
    expected: ["iigo:nuclear-suppliers-group", "iigo:zangger-committee"],
    heldOut: true,
  },
  {
    id: "baltic-cooperation",
    title: "Cooperation of the Baltic Sea states",
    description: "A regional council of the states around the Baltic Sea",
    expected: ["iigo:council-of-baltic-sea-states", "cow:CBSS", "iigo:nordic-baltic-8"],
    heldOut: true,
  },
  {
    id: "climate-vulnerable",
    title: "A coalition of climate-vulnerable countries",
    description: "Countries most exposed to climate change speaking together in climate negotiations",
    expected: ["iigo:climate-vulnerable-forum", "iigo:alliance-of-small-island-states"],
    heldOut: true,
  },
  {
    id: "democracies-ministerial",
    title: "A ministerial community of democracies",
    description: "Foreign ministers of democracies meeting regularly to promote democratic norms",
    expected: ["iigo:community-of-democracies", "cod:permanent-secretariat"],
    heldOut: true,
  },
  {
    id: "democratic-openings-fund",
    title: "Support for countries in democratic transition",
    description: "Surge assistance to countries experiencing democratic openings so that democracy delivers",
    expected: [
      wh("2021-12-09", "partnerships-for-democracy"),
      wh("2022-11-29", "partnerships-for-democratic-development"),
      wh("2024-12-11", "surged-support-to-countries-experiencing-democratic-openings"),
      wh("2022-11-29", "democracy-delivers-initiative"),
    ],
    heldOut: true,
  },
  {
    id: "investigative-journalism",
    title: "Investigative reporting on corruption",
    description: "Fund investigative journalists who expose corruption and illicit finance",
    expected: [wh("2022-11-29", "strengthening-transparency-and-accountability-through-invest"), wh("2021-12-09", "global-anti-corruption-consortium-gacc")],
    heldOut: true,
  },
  {
    id: "democracy-tech-challenge",
    title: "Prizes for technologies that strengthen democracy",
    description: "Competitions rewarding innovators who build democracy-affirming technology",
    expected: [
      wh("2021-12-09", "international-grand-challenges-on-democracy-affirming-techno"),
      wh("2022-11-29", "international-grand-challenges-on-democracy-affirming-techno"),
      wh("2023-03-29", "international-grand-challenges-on-democracy-affirming-techno"),
      wh("2022-11-29", "tech4democracy-global-entrepreneurship-challenge"),
    ],
    heldOut: true,
  },
  {
    id: "digital-democracy-training",
    title: "Digital democracy training for civil society",
    description: "Train civil society and governments to use digital technology in ways that support democracy and rights",
    expected: [
      wh("2021-12-09", "expanding-digital-democracy-programming"),
      wh("2022-11-29", "expanding-digital-democracy-programming"),
      wh("2023-03-29", "expanding-the-advancing-digital-democracy-initiative"),
      wh("2024-03-20", "usaid-launched-the-advancing-digital-democracy-add-academy-b"),
      "cod:wg:democracy-and-technology",
    ],
    heldOut: true,
  },
  {
    id: "lgbtqi-inclusion",
    title: "LGBTQI+ inclusion in democratic life",
    description: "Support LGBTQI+ people's participation in politics and protect them from violence",
    expected: [wh("2021-12-09", "global-lgbtqi-inclusive-democracy-and-empowerment-glide-fund"), wh("2024-12-11", "protected-lgbtqi-persons-in-uganda")],
    heldOut: true,
  },
  {
    id: "women-peace-security",
    title: "Women, peace and security",
    description: "Women's participation in peace processes and security institutions",
    expected: [
      wh("2022-12-15", "u-s-strategy-on-women-peace-and-security-wps-strategy"),
      wh("2023-03-28", "co-chairing-the-women-peace-and-security-focal-points-networ"),
      wh("2024-12-11", "u-s-strategy-and-national-action-plan-on-women-peace-and-sec"),
      wh("2023-03-28", "reducing-gaps-for-women-s-participation-in-security-forces"),
    ],
    heldOut: true,
  },
  {
    id: "gender-based-violence",
    title: "Preventing gender-based violence",
    description: "A global strategy to prevent and respond to gender-based violence",
    expected: [
      wh("2023-03-28", "u-s-strategy-to-prevent-and-respond-to-gender-based-violence"),
      wh("2024-12-11", "preventing-and-responding-to-gender-based-violence-globally"),
    ],
    heldOut: true,
  },
  {
    id: "defenders-online",
    title: "Protecting human rights defenders online",
    description: "Guidance for online platforms on protecting human rights defenders from online attacks",
    expected: [
      wh("2024-03-20", "the-state-department-released-u-s-guidance-for-online-platfo"),
      wh("2024-12-11", "guidance-for-online-platforms-on-protecting-human-rights-def"),
    ],
    heldOut: true,
  },
  {
    id: "political-prisoners",
    title: "Advocacy for political prisoners",
    description: "Press for the release of political prisoners and unjustly detained people",
    expected: [wh("2024-12-11", "advocated-for-the-release-of-unjustly-detained-individuals-g"), wh("2024-12-11", "fought-political-repression")],
    heldOut: true,
  },
  {
    id: "atrocity-prevention",
    title: "Atrocity prevention strategy",
    description: "Anticipate, prevent and respond to mass atrocities",
    expected: [
      wh("2022-12-15", "the-u-s-strategy-to-anticipate-prevent-and-respond-to-atroci"),
      wh("2024-12-11", "united-states-strategy-to-anticipate-prevent-and-respond-to"),
    ],
    heldOut: true,
  },
  {
    id: "access-to-justice",
    title: "Access to justice and legal empowerment",
    description: "Legal literacy, legal aid and partnerships so that people can resolve legal problems",
    expected: ["ogp-can:5:C04.3", "ogp-can:5:C04.4", "ogp-can:6:C04.3"],
    heldOut: true,
  },
  {
    id: "government-ai",
    title: "Responsible government use of artificial intelligence",
    description: "A public register of the government's AI systems and safeguards for rights",
    expected: [
      "ogp-can:6:C03.3",
      wh("2024-12-11", "joint-statement-on-responsible-government-practices-for-ai-t"),
      wh("2024-12-11", "executive-order-on-the-safe-secure-and-trustworthy-developme"),
    ],
    heldOut: true,
  },
  {
    id: "money-laundering-task-force",
    title: "A task force against money laundering",
    description: "Governments setting and enforcing standards against money laundering and terrorist financing",
    expected: [
      wh("2022-11-29", "financial-action-task-force-fatf"),
      wh("2023-03-29", "fatf-ministerial-declaration"),
      "iigo:caribbean-financial-action-task-force",
      "iigo:asia-pacific-group-on-money-laundering",
    ],
    heldOut: true,
  },
  {
    id: "forced-labour",
    title: "Ending forced labour in supply chains",
    description: "Joint action to remove forced labour from global supply chains",
    expected: [
      wh("2021-06-13", "g7-to-announce-joint-actions-on-forced-labor-in-global-suppl"),
      wh("2024-12-11", "reduced-human-trafficking-and-forced-labor"),
    ],
    heldOut: true,
  },
  {
    id: "africa-transitions",
    title: "Democratic transitions in Africa",
    description: "Support African countries through democratic and political transitions",
    expected: [
      wh("2022-12-15", "african-democratic-and-political-transitions-adapt"),
      wh("2022-12-15", "bolstering-peace-security-democracy-and-governance-in-the-sa"),
    ],
    heldOut: true,
  },
];
