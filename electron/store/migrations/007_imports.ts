// Minutes imported from a council's published text keep the numbers they were published with
// ("45", "77/21", "PLA146/14"): other minutes quote them, so they must not be renumbered.
export const version = 7;
export const name = 'imports';
export const sql = /* sql */ `
ALTER TABLE agenda_items ADD COLUMN published_number TEXT;
`;
