import * as z from 'zod/mini';
import type { ApiClient } from '@/lib/http';
import { lenientText, requiredId } from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';
import type { Company } from './crm-schemas';

const companySchema = z.pipe(
  z.object({ id: requiredId, name: lenientText }),
  z.transform((company): Company => ({ id: company.id, name: company.name?.trim() || null })),
);

/**
 * One company, or `null` when it does not exist or was deleted: amoCRM answers an unknown id with 204.
 * The by-id path is used because an incoming lead brings at most one company.
 */
export async function fetchCompanyById(api: ApiClient, id: number, signal?: AbortSignal): Promise<Company | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const body = await api.get(`/api/v4/companies/${id}`, { signal });
  return body === null ? null : parseResponse(companySchema, body, 'company');
}
