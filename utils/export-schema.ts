// The shape of a JSON export: one schema for the popup's and the report page's "JSON" export
// and for each page `sceptic scan --format json` prints. docs/export.schema.json is generated
// from it (npm run docs) and docs/export.md describes it field by field.
import * as z from 'zod/mini';
import { PageReportSchema } from '../heuristics/schema';
import { GRADES, LANGS } from '../heuristics/types';
import { SENSITIVITIES } from './settings';

export const EXPORT_FORMAT = 'sceptic-report';
export const EXPORT_VERSION = 1;

/** A schema with a description, which the JSON Schema carries. */
function about<T extends z.ZodMiniType>(schema: T, description: string): T {
  (z.globalRegistry as unknown as { add(s: unknown, meta: { description: string }): unknown }).add(schema, { description });
  return schema;
}
const isoTime = about(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/)), 'A time in UTC, ISO 8601.');

export const ExportSchema = about(
  z.object({
    format: about(z.literal(EXPORT_FORMAT), 'Always "sceptic-report".'),
    version: about(z.literal(EXPORT_VERSION), 'The version of this shape; a change that breaks a reader raises it.'),
    input: z.optional(about(z.string(), 'Only from `sceptic scan`: the file, address or "-" the page was read from, as given.')),
    page: about(z.object({ url: z.string(), title: z.string() }), 'The page read: its address and its title.'),
    scannedAt: about(isoTime, 'When the page was read.'),
    sensitivity: about(z.enum(SENSITIVITIES), 'How strictly claims were judged.'),
    grade: about(z.nullable(z.enum(GRADES)), "The page's grade, as in report.grade; null when it has none."),
    score: about(z.nullable(z.number().check(z.minimum(0), z.maximum(100))), "The page's score out of 100, as in report.score; null when it has none."),
    language: about(z.enum(LANGS), 'The language of `questions`: the interface language in the extension, the page’s own in `sceptic scan`.'),
    questions: about(
      z.array(z.object({ question: z.string(), claims: z.array(z.string()) })),
      'The questions to put to the vendor, each once, with the claims that raise it, the claims most in need first.',
    ),
    dismissedFlags: about(
      z.array(z.object({ claimId: z.string(), claim: z.string(), rule: z.string(), at: isoTime })),
      'Flags the reader set aside on this page, with when; always empty from `sceptic scan`.',
    ),
    report: about(
      PageReportSchema,
      "The engine's report as it stands: every claim with its flags, evidence and score, the page's signals and the score's breakdown.",
    ),
  }),
  'A Sceptic report on one page.',
);

export type ExportDocument = z.infer<typeof ExportSchema>;

/** The JSON Schema of an export, for docs/export.schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    title: 'Sceptic report',
    ...(z.toJSONSchema(ExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
