<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>The customer &amp;accepted the Microsoft Customer Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;GDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider instance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider customer data (JSON object):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: not defined for this percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternalIdentifierDialog</name>
    <message>
        <source>Internal identifier — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — relationship with the CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting lets us, as your partner, buy and manage subscriptions for you. It does not give us access to your data, and you can end the relationship at any time in your admin centre.

Kind regards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship link for %1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferTypeMarginModel</name>
    <message>
        <source>Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole window changes at once. Dates and numbers follow the language too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Access (client ID and secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage between -100 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers list | customers show ID | provider-instances list | link | internal-id set ID VALUE | internal-id clear ID | mca set ID | provider-instance add ID | sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN) or --client-id with a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;customers list&apos; takes no operands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; use &apos;internal-id clear&apos; to remove the identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sandbox&apos; takes no operands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudCockpit Admin: manage CSP customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main screens to DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved form(s) for %1. Open the same form for that customer to continue where you left off.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
