/** What the app may ask the CRM page to open. */
export type CrmEntityName = 'lead' | 'contact' | 'company';

/** The CRM page of a record, on the account's own origin. */
export function crmPath(entity: CrmEntityName, recordId: number): string {
  const section = entity === 'lead' ? 'leads' : entity === 'contact' ? 'contacts' : 'companies';
  return `/${section}/detail/${recordId}`;
}
