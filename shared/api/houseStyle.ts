// The council's house style for Word documents.
import { z } from 'zod';
import { baseVersion, none } from './fields';
import { mutation, query } from './contract';
import type { HouseStyle } from '../houseStyle';
import { houseStyleFields } from '../houseStyleSchema';

export const houseStyleMethods = {
  'houseStyle.get': query<{ style: HouseStyle; version: number }>()(none),
  'houseStyle.save': mutation<{ style: HouseStyle; version: number }>()(
    z.strictObject({ style: z.strictObject(houseStyleFields), baseVersion: baseVersion(0) }),
  ),
} as const;
