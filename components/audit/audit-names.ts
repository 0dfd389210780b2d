import { useTranslations } from "@/lib/i18n/use-translations";
import { isAuditAction, isAuditEntityType } from "@/lib/audit/actions";
import { fieldNamer } from "@/lib/audit/field-names";

type Lookup = Parameters<typeof fieldNamer>[0];

/**
 * The audit log's words for the trail's codes, in the reader's language: an
 * action ("auth.sign_in" → "Signed in"), an entity type, a field. The codes
 * stay in the URLs of the filters; a code the desk no longer writes (an event
 * older than its name) is shown as recorded.
 */
export function useAuditNames() {
  const t = useTranslations("audit");
  const fields = useTranslations("fields");
  const kinds = useTranslations("notifications.kinds");
  return {
    action: (action: string) => (isAuditAction(action) ? t(`action.${action}`) : action),
    entityType: (type: string) => (isAuditEntityType(type) ? t(`entityType.${type}`) : type),
    field: fieldNamer(fields as unknown as Lookup, kinds as unknown as Lookup),
  };
}

export type AuditNames = ReturnType<typeof useAuditNames>;
