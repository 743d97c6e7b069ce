/** Zones with odd offsets and daylight-saving rules (half hours, 45 minutes, none at all). */
export const ODD_ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Tokyo',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/St_Johns',
];
