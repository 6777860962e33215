/**
 * The company's OIDC identity provider: what is connected (never its client secret), where
 * people start signing in and which redirect URI to register at the provider; connecting or
 * replacing it (the API checks that the issuer answers), and removing it after confirming.
 */
import { answer, api, type Schemas } from './api.js';
import { alert, date } from './components.js';
import { confirmInPlace, problemText } from './confirm.js';
import { h, onClick, replace } from './dom.js';
import { field } from './settings-people.js';

type Connection = Schemas['IdentityProviderConnection'];

/** Renders the section into `section`. */
export async function identityProviderSection(section: HTMLElement): Promise<void> {
  const notice = h('div', {});
  const current = h('div', { id: 'identity-current' });
  const confirmArea = h('div', {});
  const failed = (error: unknown) => notice.replaceChildren(alert(problemText(error)));

  const load = async () => {
    const read = await api.GET('/identity-provider');
    if (read.response.status === 404) return replace(current, h('p', { class: 'muted' }, 'Not connected: your people sign in with a link by mail.'), h('p', {}, 'Register this redirect URI at your provider: ', h('code', {}, `${window.location.origin}/sign-in/oidc/callback`)));
    let connection: Connection;
    try {
      connection = answer(read);
    } catch (error) {
      return failed(error);
    }
    const remove = onClick(h('button', { type: 'button', class: 'button quiet' }, 'Remove connection'), () =>
      confirmInPlace(confirmArea, `Disconnect ${connection.issuer}? Your people then sign in with a link by mail.`, 'Disconnect', async () => {
        answer(await api.DELETE('/identity-provider'));
        await load();
        notice.replaceChildren(alert('Disconnected. Your people sign in with a link by mail.', 'notice'));
      }),
    );
    replace(
      current,
      h(
        'dl',
        {},
        h('dt', {}, 'Issuer'),
        h('dd', { id: 'identity-issuer' }, connection.issuer),
        h('dt', {}, 'Client id'),
        h('dd', {}, connection.clientId),
        h('dt', {}, 'Redirect URI to register'),
        h('dd', {}, h('code', {}, connection.redirectUri)),
        h('dt', {}, 'Sign-in address for your people'),
        h('dd', {}, h('a', { href: connection.signInUrl }, connection.signInUrl)),
        h('dt', {}, 'Changed'),
        h('dd', {}, date(connection.updatedAt)),
      ),
      h('div', { class: 'actions' }, remove),
      confirmArea,
    );
  };

  const issuer = h('input', { id: 'oidc-issuer', name: 'issuer', type: 'url', required: true, maxlength: 2000, autocomplete: 'off', placeholder: 'https://login.example.com' });
  const clientId = h('input', { id: 'oidc-client-id', name: 'clientId', required: true, maxlength: 500, autocomplete: 'off' });
  const clientSecret = h('input', { id: 'oidc-client-secret', name: 'clientSecret', type: 'password', required: true, maxlength: 2000, autocomplete: 'new-password' });
  const form = h(
    'form',
    { 'aria-labelledby': 'connect-heading' },
    h('h3', { id: 'connect-heading' }, 'Connect or replace'),
    field('oidc-issuer', 'Issuer URL', issuer, 'Its /.well-known/openid-configuration must answer.'),
    field('oidc-client-id', 'Client id', clientId),
    field('oidc-client-secret', 'Client secret', clientSecret, 'Kept by Tandem; never shown again.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Save connection')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .PUT('/identity-provider', { body: { issuer: issuer.value.trim(), clientId: clientId.value.trim(), clientSecret: clientSecret.value } })
      .then(answer)
      .then((saved) => {
        form.reset();
        return load().then(() => notice.replaceChildren(alert(`Connected ${saved.issuer}. Your people sign in at ${saved.signInUrl}.`, 'notice')));
      }, failed);
  });

  section.replaceChildren(h('h2', { id: 'identity-heading' }, 'Identity provider'), h('p', { class: 'muted' }, 'Your people can sign in at your company’s OIDC provider instead of by mail.'), notice, current, form);
  await load().catch(failed);
}
