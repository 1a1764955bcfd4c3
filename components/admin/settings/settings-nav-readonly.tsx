// Shown above a settings form to staff who are not admins: they may read the settings, not change them.
export function SettingsReadOnlyNote() {
  return (
    <p role="note" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
      Only an admin can change the store&apos;s settings. You can read them here.
    </p>
  );
}
