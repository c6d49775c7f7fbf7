import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor: the fastest the first row could possibly appear. A static HTML table of the same first 50 incoming
 * leads the inbox shows (newest first), with no script at all, served by the same server as the app.
 */
export const FLOOR_FILE = 'bench-floor.html';

interface WireIncomingLead {
  uid: string;
  category: string;
  created_at: number;
  pipeline_id: number;
  metadata?: Record<string, unknown>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function who(lead: WireIncomingLead): string {
  const metadata = lead.metadata ?? {};
  for (const key of ['from', 'client_name', 'form_name', 'subject', 'phone']) {
    const value = metadata[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return lead.uid.slice(0, 8);
}

export async function fetchFirstRows(emulatorUrl: string, count = 50): Promise<WireIncomingLead[]> {
  const url = `${emulatorUrl}/api/v4/leads/unsorted?limit=${count}&order[created_at]=desc`;
  let response = await fetch(url, { headers: { Authorization: 'Bearer demo-admin-token' } });
  // The token shares amoCRM's 7 per second with the app that has just run: wait a second and ask again.
  for (let attempt = 0; attempt < 3 && response.status === 429; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    response = await fetch(url, { headers: { Authorization: 'Bearer demo-admin-token' } });
  }
  if (!response.ok) throw new Error(`The emulator answered ${response.status} for the floor's rows`);
  const body = (await response.json()) as { _embedded: { unsorted: WireIncomingLead[] } };
  return body._embedded.unsorted;
}

export function writeFloorPage(distDir: string, leads: readonly WireIncomingLead[]): void {
  const rows = leads
    .map(
      (lead) =>
        `<tr><td>${escapeHtml(lead.category)}</td><td>${escapeHtml(who(lead))}</td><td>${lead.pipeline_id}</td>` +
        `<td>${new Date(lead.created_at * 1000).toISOString()}</td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Incoming leads (floor)</title></head>
<body><table data-floor aria-label="Incoming leads">
<thead><tr><th>Channel</th><th>From</th><th>Pipeline</th><th>Created</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
  writeFileSync(join(distDir, FLOOR_FILE), html);
}
