import { z } from 'zod';
import { contract, grants, methodNames, type Access, type MethodDef } from '../../shared/contract';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from '../../electron/web/login-throttle';
import { statusOf } from '../../electron/web/server';
import { errorCodes, type ErrorCode } from '../../shared/errors';

/**
 * docs/API.md, built from the contract and the web host's status table so it cannot drift; the Record type
 * makes a new error code fail to compile until it is documented here.
 */
const errorDocs: Record<ErrorCode, { meaning: string }> = {
  unauthenticated: { meaning: 'No session, or it has ended: sign in again with `auth.login`.' },
  forbidden: {
    meaning: "The user's role lacks the method's permission; also a missing or wrong key, or a foreign Origin.",
  },
  invalid_input: {
    meaning: 'The input does not match the schema (or is not JSON). `field` is the first bad field, `issues` all.',
  },
  not_found: { meaning: 'No such method, or no such record.' },
  conflict: {
    meaning: 'The data already in the register forbids it (a username or code taken, a person already present).',
  },
  rule_violation: { meaning: 'A legal or facility rule refuses it; `issues` lists every rule broken.' },
  setup_required: { meaning: 'The first-run setup (`setup.create`) has not been done yet.' },
  storage_full: { meaning: 'The disk holding the database is full; the transaction was rolled back, nothing was saved.' },
  storage_readonly: {
    meaning: 'The database file or its folder cannot be written (read-only); rolled back, nothing was saved.',
  },
  storage_unavailable: {
    meaning: 'The database file cannot be opened or read (missing, locked by another program, or damaged).',
  },
  internal: { meaning: 'An unexpected failure; nothing was written. Logged by the host, never sent.' },
};

function accessText(access: Access): string {
  if (access === 'public') return 'public (no session)';
  if (access === 'session') return 'any signed-in user';
  return `permission \`${access}\`: ${grants[access].join(', ')}`;
}

function kindText(def: MethodDef): string {
  return def.kind === 'command'
    ? 'command (one transaction with an audit row; nothing is written if it fails)'
    : 'query (reads only)';
}

/** JSON with any value that fits on one line kept there: a schema stays readable instead of one word a line. */
function compactJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 100) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + compactJson(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): string {
  const json = z.toJSONSchema(schema, { io });
  delete json.$schema; // the same dialect on every block is noise
  return ['```json', compactJson(json), '```'].join('\n');
}

const protocol = `# RehabDesk API

Generated from \`shared/contract/\` by \`npm run docs:api\`: do not edit by hand. A unit test fails when this file
no longer matches the contract.

The desktop app and the web host (\`npm run serve\`) call the same back end through the same router; this file
describes the web host's HTTP surface. Every call passes the same gate: authenticate → check the role's permission
→ validate the input → run the service → check the output.

## Protocol

- The host listens on **127.0.0.1** only and prints its URL when it starts.
- \`POST /api/<method>\` with the input as a JSON body in UTF-8 with \`Content-Type: application/json\` (an empty
  body means \`{}\`, at most 4 MiB; 30 MiB for \`import.open\`, which carries a whole workbook).
- \`X-RehabDesk-Key: <key>\` on every POST. The key is made anew each time the host starts; the page the host serves
  carries it in \`<meta name="rehabdesk-key" content="…">\`, and \`npm run serve\` prints it.
- \`Authorization: Bearer <token>\` for every method that is not public. \`auth.login\` returns the token; sessions
  live in the host's memory and end on \`auth.logout\`, after a while without calls, or when the host stops.
- A request whose \`Origin\` header is not the host's own (\`http://127.0.0.1:<port>\` or \`http://localhost:<port>\`)
  is refused with 403; requests without an Origin (curl, scripts) are accepted if they carry the key.
- After ${LOGIN_MAX_FAILURES} wrong passwords for one username within ${LOGIN_WINDOW_MS / 60_000} minutes, \`auth.login\` for that
  username is refused with 429 (\`unauthenticated\`, with a \`Retry-After\` header in seconds), even with the right
  password, until that many minutes after the first failure; a successful sign-in clears the count.
- \`GET /api/health\` needs no key and no session and answers \`{ "ok": true, "data": { "version": "…" } }\`.

\`\`\`sh
curl -s http://127.0.0.1:<port>/api/auth.login \\
  -H 'Content-Type: application/json' -H 'X-RehabDesk-Key: <key>' \\
  -d '{"username":"admin","password":"…"}'
\`\`\`

## Answers

Every answer is a JSON envelope:

\`\`\`ts
{ ok: true, data: <output> }
{ ok: false, error: { code, message, field?, issues?: [{ field, message }] } }
\`\`\`

\`message\` is in Vietnamese, ready to show to the user; \`field\` is a dotted path into the input
(\`person.citizenId\`). A success is HTTP 200. Before a method runs, the host itself may refuse with 403 (foreign
Origin, missing or wrong key), 405 (not POST), 413 (body too large), 415 (not \`application/json\`), 400 (body not JSON
or not UTF-8) or 429 (too many failed sign-ins).`;

function errorTable(): string {
  const rows = errorCodes.map((code) => `| \`${code}\` | ${statusOf[code]} | ${errorDocs[code].meaning} |`);
  return ['| code | HTTP | meaning |', '|---|---|---|', ...rows].join('\n');
}

function methodIndex(): string {
  const rows = methodNames.map((name) => {
    const def = contract[name] as MethodDef;
    return `| [\`${name}\`](#${name.replace(/\./g, '').toLowerCase()}) | ${def.kind} | ${accessText(def.access)} |`;
  });
  return ['| method | kind | access |', '|---|---|---|', ...rows].join('\n');
}

function methodSection(name: string, def: MethodDef): string {
  return [
    `### ${name}`,
    def.summary,
    `- Access: ${accessText(def.access)}\n- Kind: ${kindText(def)}`,
    'Input:',
    jsonSchema(def.input, 'input'),
    'Output (`data`):',
    jsonSchema(def.output, 'output'),
  ].join('\n\n');
}

export function renderApiDocs(): string {
  const methods = methodNames.map((name) => methodSection(name, contract[name] as MethodDef));
  return [
    protocol,
    '## Error codes',
    errorTable(),
    '## Methods',
    methodIndex(),
    ...methods,
  ].join('\n\n') + '\n';
}
