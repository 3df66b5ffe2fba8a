// Display names for enumerated values ("social-and-solidarity-economy" → "Social and solidarity economy").
const SPECIAL: Record<string, string> = {
  'south-south': 'South-South',
  'north-south': 'North-South',
  'fragile-to-fragile': 'Fragile-to-fragile',
  rights: 'Rights at work',
  'civil-society': 'Civil society',
  multilateral: 'UN / multilateral',
  'regional-intergovernmental': 'Regional intergovernmental',
  'donor-agency': 'Donor agency',
  workers: "Workers' organization",
  employers: "Employers' organization",
  academic: 'Academic / training',
};

export function humanize(value: string): string {
  const special = SPECIAL[value];
  if (special) return special;
  const text = value.replace(/[-_]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
