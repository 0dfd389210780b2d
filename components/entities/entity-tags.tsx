"use client";

import { tagClaimAction, untagClaimAction } from "@/app/(desk)/claims/[id]/entity-actions";
import { entityKindLabels, entityKinds, type EntityKind } from "@/lib/entities/kinds";
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
  return (
    <section aria-labelledby="entities-heading" className="flex flex-col gap-3">
      <h2 id="entities-heading" className="text-lg font-semibold">
        Who and where
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
        <p className="text-sm text-muted">
          No country, person, organisation or place tagged yet. Tags let the board, the export and
          the timeline find this claim by who and where.
        </p>
      )}
      <NameAndKindForm
        action={tagClaimAction}
        claimId={claimId}
        nameLabel="Tag who or where"
        kindLabel="Kind"
        kinds={entityKinds}
        known={known}
        submitLabel="Tag"
        pendingLabel="Tagging…"
      />
    </section>
  );
}

function TagChip({ claimId, entity }: { claimId: number; entity: EntityChoice }) {
  const kind = entityKindLabels[entity.kind].toLowerCase();
  return (
    <RemovableChip
      action={untagClaimAction}
      fields={{ claimId, entityId: entity.id }}
      removeLabel={`Remove the tag ${entity.name} (${kind})`}
      kindLabel={kind}
    >
      <span dir="auto">{entity.name}</span>
    </RemovableChip>
  );
}
