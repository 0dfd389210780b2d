"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { tagClaimAction, untagClaimAction } from "@/app/(desk)/claims/[id]/entity-actions";
import { entityKinds, type EntityKind } from "@/lib/entities/kinds";
import { NameAndKindForm } from "./name-and-kind-form";
import { RemovableChip } from "./removable-chip";

type EntityChoice = { id: number; name: string; kind: EntityKind };

/**
 * "Who and where" on a claim: its tags, each removable, and a form that tags
 * an entity the desk knows (suggested as you type) or names a new one. The
 * board, the export and the timeline filter by these.
 */
export function EntityTags({
  claimId,
  tagged,
  known,
}: {
  claimId: number;
  tagged: EntityChoice[];
  known: EntityChoice[];
}) {
  const t = useTranslations("entities");
  return (
    <section aria-labelledby="entities-heading" className="flex flex-col gap-3">
      <h2 id="entities-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {tagged.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {tagged.map((entity) => (
            <li key={entity.id}>
              <TagChip claimId={claimId} entity={entity} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t("none")}</p>
      )}
      <NameAndKindForm
        action={tagClaimAction}
        claimId={claimId}
        nameLabel={t("name")}
        kindLabel={t("kind")}
        kinds={entityKinds}
        known={known}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      />
    </section>
  );
}

function TagChip({ claimId, entity }: { claimId: number; entity: EntityChoice }) {
  const t = useTranslations("entities");
  const kind = t(`kindInline.${entity.kind}`);
  return (
    <RemovableChip
      action={untagClaimAction}
      fields={{ claimId, entityId: entity.id }}
      removeLabel={t("removeLabel", { name: entity.name, kind })}
      kindLabel={kind}
    >
      <span dir="auto">{entity.name}</span>
    </RemovableChip>
  );
}
