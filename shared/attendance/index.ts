// Who was at a meeting, who counts for each item, whether the meeting was quorate, whether a vote
// squares with who could vote, and the sentences the minutes need, all worked out from the register.
// Pure functions: the main process and the renderer use the same rules.
export * from './types';
export * from './movements';
export * from './counts';
export * from './wording';
export * from './membership';
export * from './itemDeclarations';
export * from './documentWarnings';
