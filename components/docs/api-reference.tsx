import Link from 'next/link';
import type { ReactNode } from 'react';
import { CodeBlock, JsonBlock } from './json-block';
import { constraintsLabel, fieldsOf, refName, typeLabel, type SchemaNode } from './schema-type';

/** The parts of an OpenAPI 3.1 document this page reads. */
export interface ApiDoc {
  info: { title: string; version: string; description?: string };
  servers: { url: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    securitySchemes: Record<string, { type: string; scheme?: string; in?: string; name?: string; description?: string }>;
    schemas: Record<string, unknown>;
  };
  'x-error-codes': { code: string; status: number; description: string }[];
}

interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: SchemaNode }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: SchemaNode; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: SchemaNode; examples?: Record<string, { value: unknown }> }> }>;
  'x-error-codes'?: string[];
  'x-cutroom-only'?: boolean;
}

interface Entry {
  method: string;
  path: string;
  op: Operation;
}

const methodTone: Record<string, string> = {
  get: 'bg-sky-500/15 text-sky-300 ring-sky-500/30',
  post: 'bg-emerald-500/15 text-emerald-300 ring-emerald-500/30',
  patch: 'bg-amber-500/15 text-amber-300 ring-amber-500/30',
  delete: 'bg-rose-500/15 text-rose-300 ring-rose-500/30',
};

/** Names of the config's parts: linked to the config section rather than expanded inline. */
const configSchemaNames = new Set(['VideoConfig']);

function MethodPill({ method, small }: { method: string; small?: boolean }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded font-mono font-semibold uppercase ring-1 ${
        small ? 'w-12 py-px text-[10px]' : 'px-2 py-0.5 text-xs'
      } ${methodTone[method] ?? 'bg-zinc-700 text-zinc-200 ring-zinc-600'}`}
    >
      {method}
    </span>
  );
}

/** Plain text with `code` spans. */
function Prose({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p className="max-w-3xl text-sm leading-6 text-zinc-300">
      {text.split(/(`[^`]+`)/g).map((part, i) =>
        part.startsWith('`') && part.endsWith('`') ? (
          <code key={i} className="rounded bg-zinc-800/80 px-1 py-0.5 font-mono text-[0.8em] text-zinc-100">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </p>
  );
}

function TypeText({ node, schemas }: { node: SchemaNode | undefined; schemas: Record<string, SchemaNode> }) {
  // Named schemas link to their section; quoted constants are left alone.
  const pieces = typeLabel(node).split(/("[^"]*"|\b[A-Z][A-Za-z]+\b)/g);
  return (
    <>
      {pieces.map((p, i) =>
        schemas[p] ? (
          <a key={i} href={`#schema-${p}`} className="text-indigo-300 underline decoration-indigo-400/40 underline-offset-2 hover:text-indigo-200">
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </>
  );
}

function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-800">
      <table className="w-full text-left text-sm">
        <thead className="bg-zinc-900/80 text-xs uppercase tracking-wide text-zinc-400">
          <tr>
            {head.map((h) => (
              <th key={h} className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/80">{children}</tbody>
      </table>
    </div>
  );
}

function FieldTable({ node, schemas }: { node: SchemaNode | undefined; schemas: Record<string, SchemaNode> }) {
  const fields = fieldsOf(node, schemas);
  if (fields.length === 0) return null;
  return (
    <Table head={['Field', 'Type', 'Description']}>
      {fields.map(({ name, field, isRequired }) => (
        <tr key={name} className="align-top">
          <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-zinc-100">
            {name}
            {isRequired ? <span className="ml-1.5 font-sans text-[10px] font-medium uppercase text-rose-300/80">required</span> : null}
          </td>
          <td className="px-3 py-2 font-mono text-xs text-zinc-400">
            <TypeText node={field} schemas={schemas} />
            {constraintsLabel(field) ? <div className="mt-0.5 font-sans text-zinc-500">{constraintsLabel(field)}</div> : null}
          </td>
          <td className="px-3 py-2 text-xs leading-5 text-zinc-400">{field.description ?? ''}</td>
        </tr>
      ))}
    </Table>
  );
}

function SubHeading({ children }: { children: ReactNode }) {
  return <h4 className="mb-2 mt-6 text-xs font-semibold uppercase tracking-wider text-zinc-500">{children}</h4>;
}

function curlFor(base: string, { method, path, op }: Entry): string {
  const url = `${base}${path.replace(/\{(\w+)\}/g, (_, name: string) => name.toUpperCase())}`;
  const lines = [`curl -X ${method.toUpperCase()} '${url}'`];
  if (op.security?.length !== 0) lines.push(`  -H 'Authorization: Bearer sk-your-api-key'`);
  const json = op.requestBody?.content['application/json'];
  const form = op.requestBody?.content['multipart/form-data'];
  if (json?.example !== undefined) {
    lines.push(`  -H 'Content-Type: application/json'`, `  -d '${JSON.stringify(json.example)}'`);
  } else if (form) {
    lines.push(`  -F 'file=@/path/to/image.png'`, `  -F 'files=@/path/to/video.mp4'`);
  }
  return lines.join(' \\\n');
}

function OperationSection({ entry, base, schemas, errors }: { entry: Entry; base: string; schemas: Record<string, SchemaNode>; errors: Map<string, { status: number; description: string }> }) {
  const { method, path, op } = entry;
  const ok = op.responses['200'];
  const okContent = ok?.content ? Object.values(ok.content)[0] : undefined;
  const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
  const isPublic = op.security?.length === 0;
  const bodyIsConfig = body?.[1].schema.$ref !== undefined && configSchemaNames.has(refName(body[1].schema.$ref));
  // A union response (render: started | already rendered) lists each variant's fields.
  const okSchema = okContent?.schema;
  const okTarget = okSchema?.$ref ? schemas[refName(okSchema.$ref)] : okSchema;
  const okVariants = (okTarget?.anyOf ?? (okSchema ? [okSchema] : [])).filter((v) => fieldsOf(v, schemas).length > 0);

  return (
    <section id={op.operationId} className="scroll-mt-20 border-t border-zinc-800/80 py-10" data-testid="api-operation">
      <div className="flex flex-wrap items-center gap-3">
        <MethodPill method={method} />
        <code className="font-mono text-sm text-zinc-100">{path}</code>
        {isPublic ? <span className="rounded-full bg-emerald-400/10 px-2 py-0.5 text-[11px] text-emerald-300 ring-1 ring-emerald-400/30">Public</span> : null}
        {op['x-cutroom-only'] ? <span className="rounded-full bg-violet-400/10 px-2 py-0.5 text-[11px] text-violet-300 ring-1 ring-violet-400/30">Cutroom addition</span> : null}
      </div>
      <h3 className="mt-3 text-xl font-semibold tracking-tight text-zinc-50">{op.summary}</h3>
      <div className="mt-2">
        <Prose text={op.description} />
      </div>

      <div className="mt-2 grid gap-x-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="min-w-0">
          {op.parameters?.length ? (
            <>
              <SubHeading>Parameters</SubHeading>
              <Table head={['Name', 'In', 'Type', 'Description']}>
                {op.parameters.map((p) => (
                  <tr key={p.name} className="align-top">
                    <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-zinc-100">
                      {p.name}
                      {p.required ? <span className="ml-1.5 font-sans text-[10px] font-medium uppercase text-rose-300/80">required</span> : null}
                    </td>
                    <td className="px-3 py-2 text-xs text-zinc-400">{p.in}</td>
                    <td className="px-3 py-2 font-mono text-xs text-zinc-400">
                      {typeLabel(p.schema)}
                      {constraintsLabel(p.schema) ? <div className="mt-0.5 font-sans text-zinc-500">{constraintsLabel(p.schema)}</div> : null}
                    </td>
                    <td className="px-3 py-2 text-xs text-zinc-400">{p.description}</td>
                  </tr>
                ))}
              </Table>
            </>
          ) : null}

          {body ? (
            <>
              <SubHeading>
                Request body · <span className="font-mono normal-case tracking-normal">{body[0]}</span>
                {op.requestBody?.required ? '' : ' · optional'}
              </SubHeading>
              {bodyIsConfig ? (
                <p className="text-sm text-zinc-300">
                  The video config itself (no wrapper): see{' '}
                  <a href="#schema-VideoConfig" className="text-indigo-300 underline underline-offset-2">VideoConfig</a>, or the full JSON
                  Schema at <a href="/api/v1/schema" className="font-mono text-indigo-300 underline underline-offset-2">/api/v1/schema</a>.
                </p>
              ) : (
                <FieldTable node={body[1].schema} schemas={schemas} />
              )}
            </>
          ) : null}

          {ok ? (
            <>
              <SubHeading>Response · 200</SubHeading>
              {okVariants.length === 0 ? <Prose text={ok.description} /> : null}
              {okVariants.map((variant, i) => (
                <div key={i} className="mb-3">
                  {okVariants.length > 1 && variant.$ref ? <p className="mb-1.5 font-mono text-xs text-zinc-500">{refName(variant.$ref)}</p> : null}
                  <FieldTable node={variant} schemas={schemas} />
                </div>
              ))}
            </>
          ) : null}

          {op['x-error-codes']?.length ? (
            <>
              <SubHeading>Errors</SubHeading>
              <Table head={['Code', 'Status', 'When']}>
                {op['x-error-codes'].map((code) => (
                  <tr key={code} className="align-top">
                    <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-zinc-100">{code}</td>
                    <td className="px-3 py-2 font-mono text-xs text-zinc-400">{errors.get(code)?.status}</td>
                    <td className="px-3 py-2 text-xs leading-5 text-zinc-400">{errors.get(code)?.description}</td>
                  </tr>
                ))}
              </Table>
            </>
          ) : null}
        </div>

        <div className="min-w-0 space-y-3 pt-6">
          <CodeBlock label="Request" code={curlFor(base, entry)} />
          {body?.[1].example !== undefined ? <JsonBlock label="Body" value={body[1].example} /> : null}
          {Object.entries(okContent?.examples ?? {}).map(([name, ex]) => (
            <JsonBlock key={name} label={`Response · ${name}`} value={ex.value} />
          ))}
        </div>
      </div>
    </section>
  );
}

function SchemaSection({ name, node, schemas }: { name: string; node: SchemaNode; schemas: Record<string, SchemaNode> }) {
  const variants = node.anyOf ?? node.oneOf;
  return (
    <section id={`schema-${name}`} className="scroll-mt-20 border-t border-zinc-800/80 py-6">
      <h3 className="font-mono text-sm font-semibold text-zinc-100">{name}</h3>
      {node.description ? <p className="mt-1 text-xs text-zinc-400">{node.description}</p> : null}
      <div className="mt-3">
        {node.properties ? (
          <FieldTable node={node} schemas={schemas} />
        ) : (
          <p className="font-mono text-xs text-zinc-400">
            {variants ? 'One of: ' : ''}
            <TypeText node={node} schemas={schemas} />
          </p>
        )}
      </div>
    </section>
  );
}

/** The API reference page, rendered from the OpenAPI document (server-side; no client JavaScript). */
export function ApiReference({ doc }: { doc: ApiDoc }) {
  const base = doc.servers[0]?.url ?? '';
  const schemas = doc.components.schemas as Record<string, SchemaNode>;
  const errors = new Map(doc['x-error-codes'].map((e) => [e.code, e]));
  const entries: Entry[] = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, op: op as Operation })),
  );
  const byTag = doc.tags.map((tag) => ({ tag, entries: entries.filter((e) => e.op.tags.includes(tag.name)) }));
  const schemaNames = Object.keys(schemas).sort((a, b) => a.localeCompare(b));

  return (
    <div className="min-h-screen bg-zinc-950">
      <header className="sticky top-0 z-10 flex items-center gap-4 border-b border-zinc-800 bg-zinc-950/90 px-6 py-3 backdrop-blur">
        <Link href="/" className="text-base font-semibold tracking-tight">
          <span className="text-violet-400">▶</span> Cutroom
        </Link>
        <span className="text-sm text-zinc-400">API reference</span>
        <nav className="ml-auto flex gap-4 text-sm text-zinc-400">
          <a href="/api/v1/openapi.json" className="hover:text-white">openapi.json</a>
          <a href="/api/v1/schema" className="hover:text-white">Config JSON Schema</a>
          <a href="/api/v1/capabilities" className="hover:text-white">Capabilities</a>
        </nav>
      </header>

      <div className="mx-auto flex max-w-[90rem] gap-10 px-6">
        <aside className="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-64 shrink-0 overflow-y-auto py-8 lg:block" aria-label="Endpoints">
          <nav className="space-y-6 text-sm">
            <div className="space-y-1">
              <a href="#authentication" className="block text-zinc-300 hover:text-white">Authentication</a>
              <a href="#errors" className="block text-zinc-300 hover:text-white">Errors</a>
            </div>
            {byTag.map(({ tag, entries: list }) => (
              <div key={tag.name}>
                <p className="mb-2 text-xs font-semibold uppercase tracking-wider text-zinc-500">{tag.name}</p>
                <ul className="space-y-1">
                  {list.map((e) => (
                    <li key={e.op.operationId}>
                      <a href={`#${e.op.operationId}`} className="flex items-center gap-2 rounded px-1 py-0.5 text-zinc-400 hover:bg-zinc-900 hover:text-white">
                        <MethodPill method={e.method} small />
                        <span className="truncate font-mono text-xs">{e.path.replace('/api/v1', '')}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <a href="#schemas" className="block text-zinc-300 hover:text-white">Schemas</a>
          </nav>
        </aside>

        <main className="min-w-0 flex-1 py-10">
          <h1 className="text-3xl font-semibold tracking-tight text-zinc-50">{doc.info.title}</h1>
          <p className="mt-1 text-sm text-zinc-500">
            Version {doc.info.version} · Base URL <code className="font-mono text-zinc-300">{base}</code>
          </p>
          <div className="mt-4">
            <Prose text={doc.info.description} />
          </div>

          <section id="authentication" className="scroll-mt-20 py-8">
            <h2 className="text-lg font-semibold text-zinc-50">Authentication</h2>
            <div className="mt-2 mb-4">
              <Prose text="Send your API key (`sk-…`, from Settings › API keys or `npm run cli -- key create`) in any one of these forms. Endpoints marked Public need none." />
            </div>
            <Table head={['Scheme', 'How']}>
              {Object.entries(doc.components.securitySchemes).map(([name, s]) => (
                <tr key={name}>
                  <td className="px-3 py-2 font-mono text-xs text-zinc-100">{name}</td>
                  <td className="px-3 py-2 text-xs text-zinc-400">
                    <Prose text={s.description} />
                  </td>
                </tr>
              ))}
            </Table>
          </section>

          <section id="errors" className="scroll-mt-20 py-8">
            <h2 className="text-lg font-semibold text-zinc-50">Errors</h2>
            <div className="mt-2 mb-4 grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
              <Table head={['Code', 'Status', 'Meaning']}>
                {doc['x-error-codes'].map((e) => (
                  <tr key={e.code} className="align-top">
                    <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-zinc-100">{e.code}</td>
                    <td className="px-3 py-2 font-mono text-xs text-zinc-400">{e.status}</td>
                    <td className="px-3 py-2 text-xs leading-5 text-zinc-400">{e.description}</td>
                  </tr>
                ))}
              </Table>
              <div>
                <JsonBlock
                  label="Every error"
                  value={{ success: false, error: 'Human-readable error message', code: 'ERROR_CODE', details: { field: 'additional context' } }}
                />
              </div>
            </div>
          </section>

          {byTag.map(({ tag, entries: list }) => (
            <div key={tag.name} className="pt-6">
              <h2 className="text-2xl font-semibold tracking-tight text-zinc-50">{tag.name}</h2>
              {tag.description ? <p className="mt-1 text-sm text-zinc-400">{tag.description}</p> : null}
              {list.map((entry) => (
                <OperationSection key={entry.op.operationId} entry={entry} base={base} schemas={schemas} errors={errors} />
              ))}
            </div>
          ))}

          <div id="schemas" className="scroll-mt-20 pt-10">
            <h2 className="text-2xl font-semibold tracking-tight text-zinc-50">Schemas</h2>
            <div className="mt-2">
              <Prose text="Every named shape in the document. The video config's parts (VideoConfig, Track, Clip, …) are also served as one JSON Schema document at `/api/v1/schema`." />
            </div>
            {schemaNames.map((name) => (
              <SchemaSection key={name} name={name} node={schemas[name]!} schemas={schemas} />
            ))}
          </div>
        </main>
      </div>
    </div>
  );
}
