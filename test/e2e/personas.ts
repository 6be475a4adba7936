/**
 * The six people (and organisations) issue 4 names, as a user would answer: what they know, they say; anything else
 * is "don't know". Each lists the items and amounts the calculator must show them. No Playwright here, so the
 * question-count report (test/e2e/question-counts.ts) can run the same interviews through the engine alone.
 */

/** Answers by fact id; a fact not in the map is answered "don't know". */
export type Answers = Record<string, boolean | number | string | string[]>;

export interface ExpectedItem {
  id: string;
  status: 'eligible' | 'needs-info' | 'not-eligible';
  /** The amount line, as shown, in each language. */
  amount?: { zh: string; en: string };
}

export interface Persona {
  id: string;
  title: string;
  audiences: string[];
  asOf: string;
  answers: Answers;
  expect: ExpectedItem[];
  /** The totals panel lines, in each language ("" = no totals panel). */
  totals: { zh: string[]; en: string[] };
}

/** A graduate of 2024-05-31 hired the same day by a 50-person Hangzhou enterprise, 12 months insured there (the first
 * 12 months' claim opened on 2025-06-01), contribution base 6000. */
export const FRESH_GRADUATE: Persona = {
  id: 'fresh-graduate',
  title: 'a fresh graduate hired by a small firm',
  audiences: ['graduate'],
  asOf: '2025-06-30',
  answers: {
    'is-college-graduate': true,
    'graduation-date': '2024-05-31',
    'hire-date-current-employer': '2024-05-31',
    'employer-in-hangzhou': true,
    'employer-headcount': 50,
    'months-insured-current-employer': 12,
    'si-contribution-base': 6000,
    'is-employer-legal-rep': false,
    'flexible-employment-registered': false,
    'registered-unemployed': false,
    'graduating-student-hz': false,
    'employer-priority-sector': false,
    'household-income-status': 'none',
    'disability-certificate': false,
  },
  expect: [
    { id: 'graduate-employment-subsidy', status: 'eligible', amount: { zh: '累计 2,000 元', en: 'CNY 2,000 in total' } },
    { id: 'graduate-flexible-employment-social-insurance', status: 'not-eligible' },
    { id: 'graduate-priority-sector-employment', status: 'not-eligible' },
    { id: 'job-search-startup-subsidy', status: 'not-eligible' },
  ],
  totals: { zh: ['累计 2,000 元（高校毕业生就业补贴）'], en: ['CNY 2,000 in total (Employment subsidy for college graduates)'] },
};

/** A 2024 graduate registered as a flexible worker, paying 1,500 yuan a month on a 5,000 base. */
export const FLEXIBLE_GRADUATE: Persona = {
  id: 'flexible-graduate',
  title: 'a graduate in flexible work',
  audiences: ['graduate', 'worker'],
  asOf: '2025-06-30',
  answers: {
    'is-college-graduate': true,
    'graduation-date': '2024-06-30',
    'flexible-employment-registered': true,
    'flexible-insurance-start-date': '2024-07-15',
    'insured-as-flexible-worker-hz': true,
    'flexible-si-monthly-contribution': 1500,
    'si-contribution-base': 5000,
    'employer-in-hangzhou': false,
    'registered-unemployed': false,
    'graduating-student-hz': false,
    'recognised-hard-to-employ': false,
    'household-income-status': 'none',
    'disability-certificate': false,
    'certificate-type': 'none',
    'employer-priority-sector': false,
    district: 'gongshu',
  },
  expect: [
    { id: 'graduate-flexible-employment-social-insurance', status: 'eligible', amount: { zh: '每月 750 元，最长 36 个月', en: 'CNY 750 per month, for up to 36 months' } },
    { id: 'graduate-employment-subsidy', status: 'not-eligible' },
    { id: 'hard-to-employ-flexible-social-insurance', status: 'not-eligible' },
  ],
  totals: { zh: ['每月 750 元（高校毕业生灵活就业社保补贴）'], en: ['CNY 750 per month (Social-insurance subsidy for graduates in flexible employment)'] },
};

/** A woman of 47 with a Hangzhou hukou, registered unemployed since 2025-02-01 (7 months on the evaluation date). */
export const UNEMPLOYED_WOMAN: Persona = {
  id: 'unemployed-woman-47',
  title: 'a 47-year-old woman registered unemployed for 7 months',
  audiences: ['job-seeker'],
  asOf: '2025-09-01',
  answers: {
    sex: 'female',
    'birth-date': '1978-03-15',
    'registered-unemployed': true,
    'unemployment-registered-since': '2025-02-01',
    'hz-hukou-or-residence': true,
    'household-income-status': 'none',
    'disability-certificate': false,
    'zero-employment-family': false,
    'flexible-employment-registered': false,
    // Issue 13: which groups she belongs to is one question; the yes/no per group follows from it.
    'person-groups': [],
    'self-employed-veteran': false,
    district: 'xiaoshan',
  },
  expect: [
    { id: 'hard-to-employ-recognition', status: 'eligible' },
    { id: 'hard-to-employ-flexible-social-insurance', status: 'not-eligible' },
    { id: 'unemployed-one-time-temporary-living-allowance', status: 'not-eligible' },
  ],
  totals: { zh: [], en: [] },
};

/** A 2022 graduate whose first business (registered 2024-03-01) employs five insured people, one a 2024 graduate. */
export const FOUNDER_EMPLOYER: Persona = {
  id: 'founder-with-employees',
  title: 'a founder with employees',
  audiences: ['founder', 'employer'],
  asOf: '2025-06-30',
  answers: {
    'is-college-graduate': true,
    'graduation-date': '2022-06-30',
    // Issue 13: the yes/no conditions about the business are one question; each follows from it.
    'startup-facts': ['in-hangzhou', 'first-startup', 'legal-rep', 'operating-normally'],
    'first-startup': true,
    'business-registered-date': '2024-03-01',
    'business-operating-normally': true,
    'founder-is-legal-rep': true,
    'startup-qualifying-hires': 5,
    'startup-months-insured': 18,
    'starting-business-in-hz': true,
    'business-priority-sector': false,
    'startup-premises': 'none',
    'person-groups': [],
    'is-migrant-worker': false,
    'self-employed-veteran': false,
    'is-researcher': false,
    district: 'binjiang',
    // Issue 13: the organisation is the business described above, so its type, place and district are not asked again.
    'org-is-own-business': 'enterprise',
    'org-registered-in-hangzhou': true,
    'org-type': 'enterprise',
    'org-district': 'binjiang',
    'org-in-smb-directory': true,
    // Issue 13: which groups were hired is one question; the yes/no per group follows from it.
    'employee-groups': ['college-graduate'],
    'employee-is-college-graduate': true,
    'employee-graduation-date': '2024-06-30',
    'employee-hire-date': '2024-09-01',
    'smb-graduate-hires': 1,
    'smb-graduate-months': 12,
    'employee-insured-in-hz': true,
    'employee-placement': 'regular',
    'employee-si-three-monthly': 1100,
    'employee-hard-to-employ-hz': false,
    'org-employs-dispatched-domestic-workers': false,
  },
  expect: [
    { id: 'startup-job-creation-subsidy', status: 'eligible', amount: { zh: '每年 4,000 元，最长 3 年', en: 'CNY 4,000 per year, for up to 3 years' } },
    { id: 'startup-one-time-subsidy', status: 'eligible', amount: { zh: '金额由经办部门核定', en: 'Amount set by the office' } },
    { id: 'startup-social-insurance-subsidy', status: 'eligible', amount: { zh: '金额由经办部门核定（浙江省规定最高 5,000 元）', en: "Amount set by the office (Zhejiang's rule: at most CNY 5,000)" } },
    { id: 'startup-guarantee-loan-individual', status: 'eligible', amount: { zh: '金额由经办部门核定（可贷款额度最高 500,000 元）', en: 'Amount set by the office (loans of up to CNY 500,000)' } },
    { id: 'smb-hire-graduate-social-insurance', status: 'eligible', amount: { zh: '每月 1,100 元，最长 12 个月', en: 'CNY 1,100 per month, for up to 12 months' } },
    { id: 'employer-hire-hard-to-employ', status: 'not-eligible' },
    // A range whose only top is a cap: "最多" right after the basis, with no space between the two words.
    { id: 'startup-rent-subsidy-incubation-space', status: 'not-eligible', amount: { zh: '每年最多 54,750 元，最长 3 年', en: 'at most CNY 54,750 per year, for up to 3 years' } },
  ],
  // Issue 12: the SMB subsidy is taken over the months and graduates asked about; each total names what it adds.
  totals: {
    zh: ['所问期间合计 13,200 元：小微企业招用高校毕业生社保补贴 每人每月 1,100 元 × 1 人 × 12 个月 = 13,200 元（最多 12 个月）', '每年 4,000 元（创业带动就业补贴）'],
    en: [
      'CNY 13,200 over the months (years) and people asked about: Social-insurance subsidy for small and micro enterprises hiring graduates CNY 1,100 a month per person × 1 person × 12 months = CNY 13,200 (at most 12 months)',
      'CNY 4,000 per year (Subsidy for start-ups that create jobs)',
    ],
  },
};

/** A Hangzhou enterprise that hired two recognised hard-to-employ people and pays 1,200 yuan a month for each, asked over 12 months. */
export const HIRING_ENTERPRISE: Persona = {
  id: 'enterprise-hiring-hard-to-employ',
  title: 'an enterprise hiring a hard-to-employ person',
  audiences: ['employer'],
  asOf: '2025-05-01',
  answers: {
    'org-registered-in-hangzhou': true,
    'org-type': 'enterprise',
    'org-district': 'gongshu',
    'employee-groups': ['hard-to-employ'],
    'employee-hard-to-employ-hz': true,
    // Issue 13: the three exceptions are one question (none applies); each yes/no follows from it.
    'hard-to-employ-hire-exceptions': [],
    'employee-is-legal-rep': false,
    'employee-insured-in-hz': true,
    'employee-placement': 'regular',
    'employee-rehired-after-recognition': false,
    'employee-receiving-unemployment-benefit': false,
    'employee-si-three-monthly': 1200,
    'hard-to-employ-hires': 2,
    'hard-to-employ-hire-months': 12,
    'employee-is-college-graduate': false,
    'org-employs-dispatched-domestic-workers': false,
  },
  expect: [
    { id: 'employer-hire-hard-to-employ', status: 'eligible', amount: { zh: '每月 1,200 元', en: 'CNY 1,200 per month' } },
    { id: 'smb-hire-graduate-social-insurance', status: 'not-eligible' },
  ],
  totals: {
    zh: ['所问期间合计 28,800 元：用人单位招用就业困难人员社保补贴 每人每月 1,200 元 × 2 人 × 12 个月 = 28,800 元'],
    en: ['CNY 28,800 over the months (years) and people asked about: Social-insurance subsidy for employers hiring people with employment difficulties CNY 1,200 a month per person × 2 people × 12 months = CNY 28,800'],
  },
};

/** A recognised internship base, an enterprise in Xihu district, one intern from Hangzhou whose 6-month internship ended on
 * 2025-02-01, 30% of interns kept on. */
export const INTERNSHIP_BASE: Persona = {
  id: 'internship-base',
  title: 'an internship base',
  audiences: ['internship-base'],
  asOf: '2025-03-01',
  answers: {
    'internship-base-recognised': true,
    'org-type': 'enterprise',
    'org-district': 'xihu',
    'intern-category': 'hz-origin-graduating-student',
    'intern-paid-at-least-minimum-wage': true,
    'internship-retention-rate': 30,
    'internship-end-date': '2025-02-01',
    'intern-count': 1,
    'internship-months': 6,
  },
  expect: [{ id: 'internship-base-subsidies', status: 'eligible', amount: { zh: '每月 2,143 元', en: 'CNY 2,143 per month' } }],
  totals: {
    zh: ['所问期间合计 12,858 元：大学生见习训练补贴（见习基地） 每人每月 2,143 元 × 1 人 × 6 个月 = 12,858 元'],
    en: ['CNY 12,858 over the months (years) and people asked about: Student internship subsidies for internship bases CNY 2,143 a month per person × 1 person × 6 months = CNY 12,858'],
  },
};

export const PERSONAS = [FRESH_GRADUATE, FLEXIBLE_GRADUATE, UNEMPLOYED_WOMAN, FOUNDER_EMPLOYER, HIRING_ENTERPRISE, INTERNSHIP_BASE];
