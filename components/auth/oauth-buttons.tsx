/**
 * Social sign-in buttons, rendered inside the login/register form so "keep me logged in"
 * and the callback URL are submitted with them; formNoValidate because the email and
 * password fields do not apply. Only the providers configured in the env appear. The
 * provider is a bound argument: React reserves a server-action button's `name`.
 */
export function OAuthButtons({
  providers,
  action,
}: {
  providers: { id: string; name: string }[];
  action: (provider: string, formData: FormData) => Promise<void>;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3 border-t border-gray-200 pt-5">
      <p className="text-sm text-gray-700">Or continue with</p>
      <div className="flex flex-wrap gap-3">
        {providers.map((p) => (
          <button
            key={p.id}
            type="submit"
            formAction={action.bind(null, p.id)}
            formNoValidate
            className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
          >
            Continue with {p.name}
          </button>
        ))}
      </div>
    </div>
  );
}
