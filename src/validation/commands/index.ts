/** Known commands and flags of the tools our pages use, each table written from the tool's reference. */
import type { CommandSpec } from './types.ts';

export const commandTable: Readonly<Record<string, CommandSpec>> = {};
