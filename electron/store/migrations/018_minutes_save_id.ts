// Which save wrote an item's minutes as they stand: the id the window gave that save. A change sent
// as the blocks that changed (minutes.saveChanges) names the save whose text it was computed against,
// and is refused unless the stored minutes are that very text: the version number alone could be
// another window's save that took the number a failed save of this window would have had.
export const version = 18;
export const name = 'minutes save id';
export const sql = /* sql */ `
ALTER TABLE item_minutes ADD COLUMN save_id TEXT CHECK (save_id IS NULL OR length(save_id) BETWEEN 1 AND 64);
`;
