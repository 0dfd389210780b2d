import { TextField } from "@/components/ui/text-field";

/**
 * A new password, typed twice: the welcome link's form and the Account page's
 * change of password ask for it the same way, so password managers and the
 * server's rules (length, common passwords, the repeat) meet one pair of fields.
 */
export function NewPasswordFields({
  name,
  label,
  repeatLabel,
  minLength,
  hint,
  errors,
}: {
  name: string;
  label: string;
  repeatLabel: string;
  minLength: number;
  hint: string;
  errors: { password?: string[]; confirmation?: string[] };
}) {
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={hint}
        errors={errors.password}
      />
      <TextField
        label={repeatLabel}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmation}
      />
    </>
  );
}
