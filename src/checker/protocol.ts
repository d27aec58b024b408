/** Messages between the page and the checker's worker. Only the reader's text goes in and findings come out; nothing leaves the device. */
import type { AnswerRequest, AnswerResult, ManifestResult } from './check.ts';

export type CheckerRequest = { id: number; type: 'manifest'; text: string; schema?: string } | ({ id: number; type: 'answer' } & AnswerRequest);

export type CheckerResponse =
	| { id: number; type: 'manifest'; result: ManifestResult; ms: number }
	| { id: number; type: 'answer'; result: AnswerResult; ms: number }
	| { id: number; type: 'error'; message: string };
