<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
</TS>
