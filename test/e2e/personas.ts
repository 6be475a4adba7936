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

/** A graduate of 2024-06-30 hired by a 50-person Hangzhou enterprise, 12 months insured there, contribution base 6000. */
export const FRESH_GRADUATE: Persona = {
  id: 'fresh-graduate',
  title: 'a fresh graduate hired by a small firm',
  audiences: ['graduate'],
  asOf: '2025-06-30',
  answers: {
    'is-college-graduate': true,
    'graduation-date': '2024-06-30',
    'employer-in-hangzhou': true,
    'employer-headcount': 50,
    'months-insured-current-employer': 12,
    'si-contribution-base': 6000,
    'is-employer-legal-rep': false,
    'insured-before-graduation': false,
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
  totals: { zh: ['累计 2,000 元'], en: ['CNY 2,000 in total'] },
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
  totals: { zh: ['每月 750 元'], en: ['CNY 750 per month'] },
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
    'first-startup': true,
    'business-registered-date': '2024-03-01',
    'business-operating-normally': true,
    'founder-is-legal-rep': true,
    'startup-qualifying-hires': 5,
    'startup-months-insured': 18,
    'starting-business-in-hz': true,
    'business-priority-sector': false,
    'startup-premises': 'none',
    'is-migrant-worker': false,
    'self-employed-veteran': false,
    'is-researcher': false,
    district: 'binjiang',
    'org-registered-in-hangzhou': true,
    'org-type': 'enterprise',
    'org-district': 'binjiang',
    'org-in-smb-directory': true,
    'employee-is-college-graduate': true,
    'employee-graduation-date': '2024-06-30',
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
  ],
  totals: { zh: ['每月 1,100 元', '每年 4,000 元'], en: ['CNY 1,100 per month', 'CNY 4,000 per year'] },
};

/** A Hangzhou enterprise that hired a recognised hard-to-employ person and pays 1,200 yuan a month for them. */
export const HIRING_ENTERPRISE: Persona = {
  id: 'enterprise-hiring-hard-to-employ',
  title: 'an enterprise hiring a hard-to-employ person',
  audiences: ['employer'],
  asOf: '2025-05-01',
  answers: {
    'org-registered-in-hangzhou': true,
    'org-type': 'enterprise',
    'org-district': 'gongshu',
    'employee-hard-to-employ-hz': true,
    'employee-is-legal-rep': false,
    'employee-insured-in-hz': true,
    'employee-placement': 'regular',
    'employee-rehired-after-recognition': false,
    'employee-receiving-unemployment-benefit': false,
    'employee-si-three-monthly': 1200,
    'employee-is-college-graduate': false,
    'org-employs-dispatched-domestic-workers': false,
  },
  expect: [
    { id: 'employer-hire-hard-to-employ', status: 'eligible', amount: { zh: '每月 1,200 元', en: 'CNY 1,200 per month' } },
    { id: 'smb-hire-graduate-social-insurance', status: 'not-eligible' },
  ],
  totals: { zh: ['每月 1,200 元'], en: ['CNY 1,200 per month'] },
};

/** A recognised internship base, an enterprise in Xihu district, one intern from Hangzhou in 2025, 30% of interns kept on. */
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
  },
  expect: [{ id: 'internship-base-subsidies', status: 'eligible', amount: { zh: '每月 2,143 元', en: 'CNY 2,143 per month' } }],
  totals: { zh: ['每月 2,143 元'], en: ['CNY 2,143 per month'] },
};

export const PERSONAS = [FRESH_GRADUATE, FLEXIBLE_GRADUATE, UNEMPLOYED_WOMAN, FOUNDER_EMPLOYER, HIRING_ENTERPRISE, INTERNSHIP_BASE];
