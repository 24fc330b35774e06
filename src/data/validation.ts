// One way to run a schema and read its problems, for the app and the geo build alike.
import * as v from 'valibot';
import {
  ArticleSchema,
  AtlasSchema,
  DetailsChunkSchema,
  GeometryChunkSchema,
  type Article,
  type Atlas,
  type DetailsChunk,
  type GeometryChunk,
} from './schema';

export type SchemaIssue = {
  /** Object keys and array indexes from the root to the offending value. */
  path: Array<string | number>;
  message: string;
};

export type Checked<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

export function checkAgainst<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): Checked<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, data: result.output };
  return {
    success: false,
    issues: result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message })),
  };
}

/** `a.b.0.c`, or `(root)` for the value itself. */
export const formatPath = (path: ReadonlyArray<string | number>): string =>
  path.length === 0 ? '(root)' : path.map(String).join('.');

/** The first few problems on one line, for a message a person reads. */
export const describeIssues = (issues: readonly SchemaIssue[], limit = 3): string =>
  issues
    .slice(0, limit)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');

/** The atlas's index, as the app loads it first. */
export const checkAtlas = (input: unknown): Checked<Atlas> => checkAgainst(AtlasSchema, input);

/** An article with its text, loaded when it is shown. */
export const checkArticle = (input: unknown): Checked<Article> => checkAgainst(ArticleSchema, input);

/** A chunk of geometries, loaded when a feature needs its shape. */
export const checkGeometryChunk = (input: unknown): Checked<GeometryChunk> =>
  checkAgainst(GeometryChunkSchema, input);

export const checkDetailsChunk = (input: unknown): Checked<DetailsChunk> =>
  checkAgainst(DetailsChunkSchema, input);
