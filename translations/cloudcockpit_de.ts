<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>Add provider instance — %1</source>
        <translation>Anbieterinstanz hinzufügen — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>&amp;Anbieterinstanz:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Anbieterinstanz</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation>contoso (wird zu contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation>Durch Kommas getrennt, z. B. Education</translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation>Microsoft-Domäne</translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation>E-Mail für die Anmeldedaten</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Vertrags&amp;datum:</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Vertragsdatum</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>K&amp;ultur:</translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation>Standardkultur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>Partner-&amp;ID:</translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation>Zugeordnete Partner-ID</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifikationen:</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation>Kundendaten beim Anbieter (JSON)</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>Preis&amp;marge:</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Prozentsatz der Preismarge</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Margenregel</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Margen pro Angebotstyp</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Leer lassen, um die Preismarge für alle Angebotstypen zu verwenden</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Margen pro Angebots&amp;typ:</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Jeder Angebotstyp dieser Instanz hat bereits eine Marge.</translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation>Dieser Kunde ist bereits in jeder Anbieterinstanz.</translation>
    </message>
    <message>
        <source>The customer a&amp;ccepted the Microsoft Customer Agreement</source>
        <translation>Der Kunde hat die Microsoft-Kundenvereinbarung a&amp;kzeptiert</translation>
    </message>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>Angaben zum &amp;Hauptkontakt beibehalten</translation>
    </message>
    <message>
        <source>Ena&amp;ble GDAP</source>
        <translation>&amp;GDAP aktivieren</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Entfernt die ausgewählte Zeile (Entf)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Keine Zeilen: Die Preismarge gilt für alle Angebotstypen.</translation>
    </message>
    <message>
        <source>Microsoft customer data</source>
        <translation>Kundendaten bei Microsoft</translation>
    </message>
    <message>
        <source>admin@contoso.com</source>
        <translation>admin@contoso.com</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567</source>
        <translation>Nur Ziffern, z. B. 1234567</translation>
    </message>
    <message>
        <source>Domai&amp;n:</source>
        <translation>D&amp;omäne:</translation>
    </message>
    <message>
        <source>&amp;Admin email:</source>
        <translation>Administ&amp;rator-E-Mail:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Provider customer data</source>
        <translation>Kundendaten beim Anbieter</translation>
    </message>
    <message>
        <source>Customer data as a &amp;JSON object (may be empty):</source>
        <translation>Kundendaten als &amp;JSON-Objekt (darf leer sein):</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Choose a provider instance first.</source>
        <translation>Wählen Sie zuerst eine Anbieterinstanz.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
</context>
<context>
    <name>AddProviderInstanceForm</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>Kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;AccountId&quot;: &quot;1234&quot;}.</source>
        <translation>Geben Sie ein JSON-Objekt ein, zum Beispiel {&quot;AccountId&quot;: &quot;1234&quot;}.</translation>
    </message>
    <message>
        <source>Enter a percentage from %L1 to %L2.</source>
        <translation>Geben Sie einen Prozentsatz von %L1 bis %L2 ein.</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Details ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation>Kopiert den Fehler, seinen Status und die Korrelations-ID für den Support</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship lin&amp;k…</source>
        <translation>Beziehungs&amp;link kopieren…</translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation>Holt den Link, den der Kunde öffnet, um die Beziehung anzunehmen</translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation>Interne Kennung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation>&amp;Microsoft-Kundenvereinbarung…</translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation>Anbieter&amp;instanz hinzufügen…</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Wählen Sie einen Kunden aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Dieser Kunde ist gelöscht.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Interne Kennung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation>Direkt (CSP)</translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation>Wiederverkäufer %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>Anbieterinstanzen (%n)</numerusform>
            <numerusform>Anbieterinstanzen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation>Noch in keiner Anbieterinstanz.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation>Kunden-ID beim Anbieter: %1</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>(noch nicht angelegt)</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Marge: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The customer is deleted: the server accepts no changes to it.</source>
        <translation>Der Kunde ist gelöscht: Der Server nimmt keine Änderungen an ihm an.</translation>
    </message>
    <message>
        <source>The selected customer is not in the list any more. Select a customer to see its details.</source>
        <translation>Der ausgewählte Kunde ist nicht mehr in der Liste. Wählen Sie einen Kunden aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Refresh MCA stat&amp;us</source>
        <translation>MCA-Status akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the customer&apos;s Microsoft Customer Agreement</source>
        <translation>Fragt bei Microsoft den aktuellen Status der Microsoft-Kundenvereinbarung des Kunden ab</translation>
    </message>
    <message>
        <source>Edit mar&amp;gins…</source>
        <translation>Ma&amp;rgen bearbeiten…</translation>
    </message>
    <message>
        <source>Changes the price margins of the customer in a provider instance</source>
        <translation>Ändert die Preismargen des Kunden in einer Anbieterinstanz</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement: %1</source>
        <translation>Microsoft-Kundenvereinbarung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signatory name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signatory: %1</source>
        <translation>Unterzeichner: %1</translation>
    </message>
    <message>
        <source>Acceptance link expires: %1</source>
        <translation>Annahmelink läuft ab: %1</translation>
    </message>
    <message>
        <source>Acceptance link expired: %1</source>
        <translation>Annahmelink abgelaufen: %1</translation>
    </message>
    <message>
        <source>Agreement date: %1</source>
        <translation>Vertragsdatum: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The customer is not in any provider instance yet: there are no margins to change.</source>
        <translation>Der Kunde ist noch in keiner Anbieterinstanz: Es gibt keine Margen zu ändern.</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>Wiederverkäufer-ID</translation>
    </message>
    <message>
        <source>Edit margins</source>
        <translation>Margen bearbeiten</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>Interne ID</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Dieser Kunde ist gelöscht.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a cell&apos;s column header, the row&apos;s company</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider instance: MCA status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>MCA-Status</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Aus einem Kalender wählen (F4)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Markup</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation>Geteilte Marge</translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation>ERP minus Rabatt</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>License (legacy)</source>
        <translation>Lizenz (Legacy)</translation>
    </message>
    <message>
        <source>Software subscription</source>
        <translation>Softwareabonnement</translation>
    </message>
    <message>
        <source>Perpetual software</source>
        <translation>Unbefristete Software</translation>
    </message>
    <message>
        <source>Azure plan</source>
        <translation>Azure-Plan</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Azure-Reservierung</translation>
    </message>
    <message>
        <source>Azure (legacy)</source>
        <translation>Azure (Legacy)</translation>
    </message>
    <message>
        <source>Azure savings plan</source>
        <translation>Azure-Sparplan</translation>
    </message>
    <message>
        <source>MCA required</source>
        <translation>MCA erforderlich</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <source>Ready to create agreement</source>
        <translation>Bereit zum Erstellen der Vereinbarung</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>internal identifier</source>
        <translation>interne Kennung</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-Kundenvereinbarung</translation>
    </message>
    <message>
        <source>provider instance</source>
        <translation>Anbieterinstanz</translation>
    </message>
    <message>
        <source>margins</source>
        <translation>Margen</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Internal identifier</source>
        <translation>Interne Kennung</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-Kundenvereinbarung</translation>
    </message>
    <message>
        <source>Add provider instance</source>
        <translation>Anbieterinstanz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>%n nicht gespeichertes Formular kann wieder geöffnet werden. Stellen Sie es wieder her, verwerfen Sie es, wenn Sie es nicht mehr brauchen, oder entscheiden Sie später: Es wird aufbewahrt, bis Sie es speichern oder verwerfen.</numerusform>
            <numerusform>%n nicht gespeicherte Formulare können wieder geöffnet werden. Stellen Sie eines wieder her, verwerfen Sie die, die Sie nicht mehr brauchen, oder entscheiden Sie später: Sie werden aufbewahrt, bis Sie sie speichern oder verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Nicht gespeicherte Formulare</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation>&amp;Alle verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Es gibt nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Speichern (%n Problem)</numerusform>
            <numerusform>&amp;Speichern (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation>Ihre nicht gespeicherten Eingaben vom %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your session has ended. Close this form and sign in again: when you open it again, everything you typed is still here.</source>
        <translation>Ihre Sitzung ist beendet. Schließen Sie dieses Formular und melden Sie sich erneut an: Wenn Sie es wieder öffnen, ist alles Eingegebene noch da.</translation>
    </message>
    <message>
        <source>%1 Checking whether the server has the new value…</source>
        <translation>%1 Es wird geprüft, ob der Server den neuen Wert hat…</translation>
    </message>
    <message>
        <source>The server has the new value.</source>
        <translation>Der Server hat den neuen Wert.</translation>
    </message>
    <message>
        <source>The change was not made: the server does not have it. What you typed is still here, and saving again is safe. (Correlation ID: %1)</source>
        <translation>Die Änderung wurde nicht vorgenommen: Der Server hat sie nicht. Ihre Eingaben sind noch da, und erneutes Speichern ist sicher. (Korrelations-ID: %1)</translation>
    </message>
    <message>
        <source>Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is still here; look at the customer before saving again.</source>
        <translation>Auch das erneute Lesen des Kunden ist fehlgeschlagen, daher ist das Ergebnis weiterhin unbekannt: %1 Ihre Eingaben sind noch da; sehen Sie sich den Kunden an, bevor Sie erneut speichern.</translation>
    </message>
</context>
<context>
    <name>EditMarginsDialog</name>
    <message>
        <source>Margins — %1</source>
        <translation>Margen — %1</translation>
    </message>
    <message>
        <source>Provider instance:</source>
        <translation>Anbieterinstanz:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Prozentsatz der Preismarge</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Margenregel</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>Preis&amp;marge:</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Margen pro Angebotstyp</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Leer lassen, um die Preismarge für alle Angebotstypen zu verwenden</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Entfernt die ausgewählte Zeile (Entf)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Keine Zeilen: Die Preismarge gilt für alle Angebotstypen.</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Margen pro Angebots&amp;typ:</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>The offer types of this provider instance are not known yet.</source>
        <translation>Die Angebotstypen dieser Anbieterinstanz sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Jeder Angebotstyp dieser Instanz hat bereits eine Marge.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
</context>
<context>
    <name>EditMarginsForm</name>
    <message>
        <source>Margins of %1 in %2 saved.</source>
        <translation>Margen von %1 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>FieldErrorBinder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>Not a date: enter it like %1.</source>
        <translation>Kein Datum: Geben Sie es im Format %1 ein.</translation>
    </message>
    <message>
        <source>The server has the new value (only its answer was lost). %1</source>
        <translation>Der Server hat den neuen Wert (nur seine Antwort ging verloren). %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import internal identifiers</source>
        <translation>Interne Kennungen importieren</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Current internal identifier</source>
        <translation>Aktuelle interne Kennung</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Customer &amp;column:</source>
        <translation>&amp;Kundenspalte:</translation>
    </message>
    <message>
        <source>&amp;New identifier column:</source>
        <translation>Spalte der &amp;neuen Kennung:</translation>
    </message>
    <message>
        <source>&amp;Reseller column:</source>
        <translation>&amp;Wiederverkäuferspalte:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>Ergebnisse als CSV &amp;speichern…</translation>
    </message>
    <message numerus="yes">
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>Die interne Kennung von %n Kunden ändern?</numerusform>
            <numerusform>Die internen Kennungen von %n Kunden ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1 (correlation ID %2)</source>
        <translation>Die Kundenliste konnte nicht gelesen werden: %1 (Korrelations-ID %2)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>Choose a CSV file with a column naming each customer and one with its new identifier.</source>
        <translation>Wählen Sie eine CSV-Datei mit einer Spalte, die jeden Kunden benennt, und einer mit seiner neuen Kennung.</translation>
    </message>
    <message>
        <source>Choose the column that names the customer and the one with the new identifier.</source>
        <translation>Wählen Sie die Spalte, die den Kunden benennt, und die mit der neuen Kennung.</translation>
    </message>
    <message>
        <source>Checking every row against the customer list…</source>
        <translation>Jede Zeile wird mit der Kundenliste abgeglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>%n Problem: Es kann nichts gesendet werden, bis die Datei korrigiert ist.</numerusform>
            <numerusform>%n Probleme: Es kann nichts gesendet werden, bis die Datei korrigiert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 cleared, %3 unchanged.</source>
        <translation>%1 geändert, %2 geleert, %3 unverändert.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done. Each row&apos;s outcome is in the table.</source>
        <translation>Fertig. Das Ergebnis jeder Zeile steht in der Tabelle.</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>enthält:</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Zei&amp;len:</translation>
    </message>
</context>
<context>
    <name>InternalIdImportModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Current identifier</source>
        <translation>Aktuelle Kennung</translation>
    </message>
    <message>
        <source>New identifier</source>
        <translation>Neue Kennung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierDialog</name>
    <message>
        <source>Internal identifier — %1</source>
        <translation>Interne Kennung — %1</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Interne Kennung</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation>Unsere eigene Beziehung</translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation>Die Beziehung des Wiederverkäufers (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>Empty: no internal identifier</source>
        <translation>Leer: keine interne Kennung</translation>
    </message>
    <message>
        <source>Empties the internal identifier</source>
        <translation>Leert die interne Kennung</translation>
    </message>
    <message>
        <source>Clear the internal identifier?</source>
        <translation>Interne Kennung leeren?</translation>
    </message>
    <message>
        <source>The internal identifier of %1 will be removed.</source>
        <translation>Die interne Kennung von %1 wird entfernt.</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierForm</name>
    <message>
        <source>Internal identifier of %1 cleared.</source>
        <translation>Interne Kennung von %1 geleert.</translation>
    </message>
    <message>
        <source>Internal identifier of %1 set to %2.</source>
        <translation>Interne Kennung von %1 auf %2 gesetzt.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation>E-Mail-Text kopiert.</translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation>Beziehungslink — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>&amp;Anbieterinstanz:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Anbieterinstanz</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Wiederverkäufer:</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>None — relationship with the CSP</source>
        <translation>Keiner — Beziehung mit dem CSP</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>E-Mail-&amp;Sprache:</translation>
    </message>
    <message>
        <source>Email language</source>
        <translation>E-Mail-Sprache</translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation>Link &amp;holen</translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation>Link zur Annahme der Beziehung</translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation>Wählen Sie eine Instanz und holen Sie den Link</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation>&amp;E-Mail-Text kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation>Link wird geholt…</translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation>Link bereit.</translation>
    </message>
    <message>
        <source>Link opened in the browser.</source>
        <translation>Link im Browser geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link und fügen Sie ihn in einen Browser ein.</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Guten Tag,

damit wir die Cloud-Abonnements von %1 verwalten können, öffnen Sie bitte den folgenden Link, während Sie als globaler Administrator Ihrer Organisation angemeldet sind, und nehmen Sie die Beziehung an:

%2

Mit der Annahme werden wir Ihr Wiederverkäufer: Wir können Abonnements und Lizenzen für Sie kaufen und verwalten. Wir erhalten dadurch keine Administratorrolle in Ihrer Organisation und keinen Zugriff auf Ihre Daten. Sie können die Beziehung jederzeit in Ihrem Microsoft 365 Admin Center beenden.

Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller and also gives us delegated administration privileges: our administrators will be able to manage your organisation, its users, services and data, as a global administrator can. You can remove these privileges, or end the relationship, at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Guten Tag,

damit wir die Cloud-Abonnements von %1 verwalten können, öffnen Sie bitte den folgenden Link, während Sie als globaler Administrator Ihrer Organisation angemeldet sind, und nehmen Sie die Beziehung an:

%2

Mit der Annahme werden wir Ihr Wiederverkäufer und erhalten außerdem delegierte Administratorberechtigungen: Unsere Administratoren können Ihre Organisation, ihre Benutzer, Dienste und Daten so verwalten, wie es ein globaler Administrator kann. Sie können diese Berechtigungen entfernen oder die Beziehung beenden, jederzeit in Ihrem Microsoft 365 Admin Center.

Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Es bleibt im Speicher, bis die Anwendung geschlossen wird.</translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation>CloudCockpit Admin</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Interne Kennung</translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation>Kunden-ID beim Anbieter</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation>Auf dem Server suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Server search</source>
        <translation>Serversuche</translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation>Geladene Kunden sofort filtern</translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation>Lokaler Filter</translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation>&amp;Gelöschte einbeziehen</translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation>&amp;Wiederverkäufer:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reseller filter</source>
        <translation>Wiederverkäuferfilter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation>Kunden neu laden (F5)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation>&amp;Abmelden / Mandant wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation>Beziehungs&amp;link kopieren</translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation>Die Demo ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation>Die Sitzung ist abgelaufen oder der Server hat das Token abgelehnt. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>CSP</source>
        <translation>CSP</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>unbekannte Rolle</translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation>Token wird automatisch erneuert</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation>Sitzung läuft ab am %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 von %Ln Kunde passen</numerusform>
            <numerusform>%1 von %Ln Kunden passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship link for %1 copied.</source>
        <translation>Beziehungslink für %1 kopiert.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Fit columns to the list</source>
        <translation>Spalten an die Liste &amp;anpassen</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>Spal&amp;ten</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>company name of a deleted customer</comment>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Neuer Versuch in %n s …</numerusform>
            <numerusform>Neuer Versuch in %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload failed</source>
        <translation>Liste mit Stand %1 — Neuladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload cancelled</source>
        <translation>Liste mit Stand %1 — Neuladen abgebrochen</translation>
    </message>
    <message>
        <source>incomplete — loading failed</source>
        <translation>unvollständig — Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>incomplete — loading cancelled</source>
        <translation>unvollständig — Laden abgebrochen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer count · why the list is not current</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Keine Kunden passen zu „%1“.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>No customers match “%1” on the server.</source>
        <translation>Keine Kunden auf dem Server passen zu „%1“.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the search</source>
        <translation>Suche &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The customers could not be loaded.</source>
        <translation>Die Kunden konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Keine Kunden anzuzeigen.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>&amp;Import internal identifiers…</source>
        <translation>Interne Kennungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>No direct customers in the list: every customer loaded has a reseller.</source>
        <translation>Keine direkten Kunden in der Liste: Jeder geladene Kunde hat einen Wiederverkäufer.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Die Liste konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Microsoft Customer Agreements…</source>
        <translation>&amp;Microsoft-Kundenvereinbarungen…</translation>
    </message>
    <message>
        <source>Searc&amp;h in:</source>
        <translation>Suc&amp;hen in:</translation>
    </message>
    <message>
        <source>Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, in any order. Put a phrase in double quotes to find it as written.</source>
        <translation>Zeigt die geladenen Kunden, deren Name, Domäne, Kennung, Wiederverkäufer, Ort oder E-Mail alle eingegebenen Wörter in beliebiger Reihenfolge enthalten. Setzen Sie eine Wortgruppe in doppelte Anführungszeichen, um sie genau so zu finden.</translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>Angaben zum Hauptkontakt &amp;beibehalten</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation>Microsoft-Kundenvereinbarung — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>&amp;Anbieterinstanz:</translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation>Microsoft-Anbieterinstanz</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Vertragsdatum</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation>Dieser Kunde ist noch in keiner Microsoft-Anbieterinstanz: Fügen Sie zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>When on, the agreement uses the customer&apos;s primary contact shown below</source>
        <translation>Wenn aktiviert, verwendet die Vereinbarung den unten angezeigten Hauptkontakt des Kunden</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Vertrags&amp;datum:</translation>
    </message>
</context>
<context>
    <name>McaForm</name>
    <message>
        <source>Microsoft Customer Agreement of %1 recorded, accepted on %2.</source>
        <translation>Microsoft-Kundenvereinbarung von %1 erfasst, angenommen am %2.</translation>
    </message>
</context>
<context>
    <name>McaListModel</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Expired links</source>
        <translation>Abgelaufene Links</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>Bereit zum Erstellen</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>No acceptance link has been generated for the customer yet.</source>
        <translation>Für den Kunden wurde noch kein Annahmelink erstellt.</translation>
    </message>
    <message>
        <source>The customer has an acceptance link and has not accepted yet.</source>
        <translation>Der Kunde hat einen Annahmelink und hat noch nicht angenommen.</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance link expired before they accepted.</source>
        <translation>Der Annahmelink des Kunden ist abgelaufen, bevor er angenommen hat.</translation>
    </message>
    <message>
        <source>The customer accepted: the agreement can be recorded.</source>
        <translation>Der Kunde hat angenommen: Die Vereinbarung kann erfasst werden.</translation>
    </message>
    <message>
        <source>The agreement is in place.</source>
        <translation>Die Vereinbarung besteht.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Link expires %1</source>
        <translation>Link läuft am %1 ab</translation>
    </message>
    <message>
        <source>Link expired %1</source>
        <translation>Link am %1 abgelaufen</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Am %1 angenommen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory email, phone</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Anbieterinstanz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>Status für %Ln Vereinbarung aktualisiert.</numerusform>
            <numerusform>Status für %Ln Vereinbarungen aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>Status für %1 aktualisiert, für %Ln Vereinbarung fehlgeschlagen: siehe Spalte „Aktualisierung“.</numerusform>
            <numerusform>Status für %1 aktualisiert, für %Ln Vereinbarungen fehlgeschlagen: siehe Spalte „Aktualisierung“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Customer Agreements</source>
        <translation>Microsoft-Kundenvereinbarungen</translation>
    </message>
    <message>
        <source>Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation API: the partner can sell to a customer only when its agreement is in place. Choose a group to see its customers.</source>
        <translation>Seit dem 5. Januar 2026 akzeptiert Microsoft eine Microsoft-Kundenvereinbarung nur noch über seine Attestierungs-API: Der Partner kann nur an einen Kunden verkaufen, wenn dessen Vereinbarung besteht. Wählen Sie eine Gruppe, um ihre Kunden zu sehen.</translation>
    </message>
    <message>
        <source>Shows the customers of every group</source>
        <translation>Zeigt die Kunden aller Gruppen</translation>
    </message>
    <message>
        <source>Filter by company, instance or signatory</source>
        <translation>Nach Firma, Instanz oder Unterzeichner filtern</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Vereinbarungen filtern</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>&amp;Status aktualisieren</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the selected agreements</source>
        <translation>Fragt bei Microsoft den aktuellen Status der ausgewählten Vereinbarungen ab</translation>
    </message>
    <message>
        <source>Record &amp;agreement…</source>
        <translation>&amp;Vereinbarung erfassen…</translation>
    </message>
    <message>
        <source>Records that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Erfasst, dass der Kunde die Microsoft-Kundenvereinbarung angenommen hat</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reads every agreement again (F5)</source>
        <translation>Liest alle Vereinbarungen neu (F5)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Ausstehend</translation>
    </message>
    <message>
        <source>E&amp;xpired links</source>
        <translation>Abgelaufene L&amp;inks</translation>
    </message>
    <message>
        <source>Ready to &amp;create</source>
        <translation>&amp;Bereit zum Erstellen</translation>
    </message>
    <message>
        <source>C&amp;ompliant</source>
        <translation>&amp;Konform</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln agreement(s)</source>
        <translation>
            <numerusform>%1: %Ln Vereinbarung</numerusform>
            <numerusform>%1: %Ln Vereinbarungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln agreement(s)</source>
        <translation>
            <numerusform>Alle: %Ln Vereinbarung</numerusform>
            <numerusform>Alle: %Ln Vereinbarungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>%1 von %2 wird geladen</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Vereinbarungen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Vereinbarung angezeigt</numerusform>
            <numerusform>%1 von %Ln Vereinbarungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln Vereinbarung</numerusform>
            <numerusform>%Ln Vereinbarungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agreement count · what the last refresh came to</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refresh &amp;status (%L1)</source>
        <translation>&amp;Status aktualisieren (%L1)</translation>
    </message>
</context>
<context>
    <name>OfferTypeMarginModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Angebotstyp</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Example price</source>
        <translation>Beispielpreis</translation>
    </message>
    <message>
        <source>What this rule makes of a price of %1</source>
        <translation>Ergebnis dieser Regel bei einem Preis von %1</translation>
    </message>
    <message>
        <source>What each rule makes of a price of %1</source>
        <translation>Ergebnis jeder Regel bei einem Preis von %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The whole window changes at once. Dates and numbers follow the language too.</source>
        <translation>Das ganze Fenster wechselt sofort. Datum und Zahlen folgen ebenfalls der Sprache.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Zusätzliche &amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting company proxy</source>
        <translation>PEM-Datei, für einen TLS-prüfenden Firmen-Proxy</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System proxy (leave empty), or http://proxy.example.com:3128</source>
        <translation>System-Proxy (leer lassen) oder http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Network settings apply from the next sign-in.</source>
        <translation>Die Netzwerkeinstellungen gelten ab der nächsten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Direct customers only</source>
        <translation>Nur direkte Kunden</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not read or saved in this session: %1 is not a regular file.</source>
        <translation>Die Einstellungen werden in dieser Sitzung weder gelesen noch gespeichert: %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Settings are not read or saved in this session: %1 is larger than %L2 MB.</source>
        <translation>Die Einstellungen werden in dieser Sitzung weder gelesen noch gespeichert: %1 ist größer als %L2 MB.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation>Bei CloudCockpit anmelden</translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation>Verwenden Sie einen API-Zugang Ihres Mandanten oder fügen Sie ein Bearer-Token ein. Kein Konto zur Hand? Probieren Sie die Demo: Sie startet einen Testmandanten auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation>&amp;Mandantendomäne:</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Mandantendomäne</translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation>Die Domäne, über die Sie das CloudCockpit-Portal aufrufen, z. B. portal.contoso.com</translation>
    </message>
    <message>
        <source>portal.contoso.com</source>
        <translation>portal.contoso.com</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>&amp;Bearer-Token</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation>eyJ0eXAiOiJKV1Qi…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>Auf diesem &amp;Computer merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>T&amp;oken-URL:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation>Startet einen Testmandanten auf diesem Computer und meldet sich dort an</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>A&amp;PI Access (client ID and secret)</source>
        <translation>API-&amp;Zugang (Client-ID und Geheimnis)</translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Sie dürfen dies nicht tun.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Der Server hat das Angeforderte nicht gefunden.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder brauchen Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>Der Server hat die Eingaben abgelehnt.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Der Server hat einen Fehler gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Anwendung nicht versteht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Fehlertyp: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Its answer could not be read.</source>
        <translation>Die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort kam.</translation>
    </message>
    <message>
        <source>The answer to this change was lost: it may or may not have been made.</source>
        <translation>Die Antwort auf diese Änderung ging verloren: Ob sie ausgeführt wurde, ist ungewiss.</translation>
    </message>
    <message>
        <source>Outcome: unknown</source>
        <translation>Ergebnis: unbekannt</translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>Zertifikat für %1, ausgestellt von %2, gültig von %3 bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation>Die Adresse hat nicht wie ein Token-Endpunkt geantwortet.</translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation>Das Client-Geheimnis wurde abgelehnt. Prüfen Sie es oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation>Diese Client-ID ist dem Identitätsanbieter nicht bekannt.</translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation>Der Identitätsanbieter hat den Bereich der CloudCockpit-API abgelehnt.</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>Der Identitätsanbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>Der Token-Endpunkt hat HTTP %1 geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation>Die Verbindung wurde vor der Antwort des Servers geschlossen; die Anfrage wurde nicht wiederholt, weil der Server sie ausgeführt haben könnte. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation>Die Antwort war größer als %1 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation>Verwenden Sie eine UUID wie 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation>Geben Sie die Domäne ein, über die Sie das Portal aufrufen, zum Beispiel portal.contoso.com.</translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation>Geben Sie nur einen Domänennamen ein, ohne https:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation>Das ist kein Bearer-Token (ein JWT hat drei durch Punkte getrennte Teile).</translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation>Dieses Token ist am %1 abgelaufen. Holen Sie ein neues.</translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation>Der Server hat dieses Token abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation>Der Server hat das für diesen Client ausgestellte Token abgelehnt.</translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation>Diese Anmeldedaten dürfen diesen Mandanten nicht verwenden.</translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation>Unter dieser Adresse antwortet keine CloudCockpit-API.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>Die Seitennummer beginnt bei 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Wählen Sie eine Anbieterinstanz.</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>eine ungültige Adresse</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer was larger than %1 and was not read.</source>
        <translation>Die Antwort des Token-Endpunkts war größer als %1 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint&apos;s own address.</source>
        <translation>Der Token-Endpunkt hat auf %1 umgeleitet; das Client-Geheimnis wird nie an eine andere Adresse weitergegeben. Geben Sie die Adresse des Token-Endpunkts selbst ein.</translation>
    </message>
    <message>
        <source>It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.</source>
        <translation>Er hat die Änderung auf %1 umgeleitet; eine Änderung wird nie an eine andere Adresse weitergegeben, daher wurde dorthin nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>Er hat die Anfrage mehr als %n-mal umgeleitet; die letzte Umleitung zeigte auf %1.</numerusform>
            <numerusform>Er hat die Anfrage mehr als %n-mal umgeleitet; die letzte Umleitung zeigte auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It redirected the request to %1, which is not the API&apos;s address; it was not followed, so that your credentials stay with the API.</source>
        <translation>Er hat die Anfrage auf %1 umgeleitet, also nicht auf die Adresse der API; der Umleitung wurde nicht gefolgt, damit Ihre Anmeldedaten bei der API bleiben.</translation>
    </message>
    <message>
        <source>The token holds spaces, line breaks or other characters a bearer token cannot have.</source>
        <translation>Das Token enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die ein Bearer-Token nicht enthalten darf.</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Wählen Sie eine Microsoft-Anbieterinstanz.</translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation>Geben Sie eine vollständige Adresse ein, zum Beispiel https://api.cloudcockpit.com.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation>Nur https://-Adressen sind erlaubt (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Verwenden Sie eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation>Das CA-Bündel %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bündel %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Use a proxy address such as http://proxy.example.com:3128.</source>
        <translation>Verwenden Sie eine Proxy-Adresse wie http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>cc::OrderedPages</name>
    <message>
        <source>The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.</source>
        <translation>Der Server meldet %1 Kunden oder Seiten, mehr als die %2, die eine Liste höchstens liest; über diese Grenze hinaus wurde nichts gelesen.</translation>
    </message>
</context>
<context>
    <name>cc::ProfileStore</name>
    <message>
        <source>Profiles are not read or saved: %1 is not a regular file.</source>
        <translation>Profile werden weder gelesen noch gespeichert: %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Profiles could not be read from %1.</source>
        <translation>Die Profile konnten nicht aus %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Profiles are not read or saved: %1 is larger than %L2 KB.</source>
        <translation>Profile werden weder gelesen noch gespeichert: %1 ist größer als %L2 KB.</translation>
    </message>
    <message>
        <source>Profiles could not be saved to %1.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is locked.</source>
        <translation>Die Profile konnten nicht gespeichert werden: %1 ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>cc::bulk</name>
    <message>
        <source>this row has %1 columns, the header %2.</source>
        <translation>Diese Zeile hat %1 Spalten, die Kopfzeile %2.</translation>
    </message>
    <message>
        <source>empty: which customer is this row for?</source>
        <translation>leer: Für welchen Kunden ist diese Zeile?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer ID.</source>
        <translation>&apos;%1&apos; ist keine Kunden-ID.</translation>
    </message>
    <message>
        <source>no customer has the ID %1.</source>
        <translation>Kein Kunde hat die ID %1.</translation>
    </message>
    <message>
        <source>no customer has the domain &apos;%1&apos;.</source>
        <translation>Kein Kunde hat die Domäne &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no customer has the internal identifier &apos;%1&apos;.</source>
        <translation>Kein Kunde hat die interne Kennung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 customers match &apos;%2&apos;; use the customer ID.</source>
        <translation>%1 Kunden passen zu &apos;%2&apos;; verwenden Sie die Kunden-ID.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 ist gelöscht.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>%1 Zeichen; höchstens %2.</translation>
    </message>
    <message>
        <source>holds a line break, a tab or another control character.</source>
        <translation>enthält einen Zeilenumbruch, einen Tabulator oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reseller ID.</source>
        <translation>&apos;%1&apos; ist keine Wiederverkäufer-ID.</translation>
    </message>
    <message>
        <source>%1 is not a customer of this reseller.</source>
        <translation>%1 ist kein Kunde dieses Wiederverkäufers.</translation>
    </message>
    <message>
        <source>row %1 already names this customer (%2).</source>
        <translation>Zeile %1 nennt diesen Kunden bereits (%2).</translation>
    </message>
    <message>
        <source>row %1 gives this customer (%2) another value, &apos;%3&apos;.</source>
        <translation>Zeile %1 gibt diesem Kunden (%2) einen anderen Wert, &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; to another customer (%3).</source>
        <translation>Zeile %1 gibt &apos;%2&apos; einem anderen Kunden (%3).</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;; give it another value in this file, or choose another.</source>
        <translation>%1 hat bereits &apos;%2&apos;; geben Sie ihm in dieser Datei einen anderen Wert oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>takes &apos;%1&apos; from row %2, which waits for this row in turn: the server refuses a value another customer still holds, so values cannot be swapped in one file. Move one of them to a temporary value first.</source>
        <translation>übernimmt &apos;%1&apos; von Zeile %2, die ihrerseits auf diese Zeile wartet: Der Server lehnt einen Wert ab, den noch ein anderer Kunde hat, daher lassen sich Werte nicht in einer Datei tauschen. Setzen Sie zuerst einen der beiden auf einen vorübergehenden Wert.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Changed (answer lost, checked)</source>
        <translation>Geändert (Antwort verloren, geprüft)</translation>
    </message>
    <message>
        <source>Not changed (answer lost, checked)</source>
        <translation>Nicht geändert (Antwort verloren, geprüft)</translation>
    </message>
    <message>
        <source>Unknown (answer lost, check failed)</source>
        <translation>Unbekannt (Antwort verloren, Prüfung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a results file of &apos;ccadmin internal-id import&apos;: its header is not %1.</source>
        <translation>keine Ergebnisdatei von &apos;ccadmin internal-id import&apos;: Die Kopfzeile ist nicht %1.</translation>
    </message>
</context>
<context>
    <name>cc::bulk::ImportRunner</name>
    <message>
        <source>Not sent: row %1, which frees this value, was not applied.</source>
        <translation>Nicht gesendet: Zeile %1, die diesen Wert freigibt, wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>Nicht gesendet: Der Import wurde angehalten.</translation>
    </message>
    <message>
        <source>The answer was lost and reading the customer back failed too (%1); look at the customer before you send this row again.</source>
        <translation>Die Antwort ging verloren, und auch das erneute Lesen des Kunden ist fehlgeschlagen (%1); sehen Sie sich den Kunden an, bevor Sie diese Zeile erneut senden.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the server has the new value.</source>
        <translation>Die Antwort ging verloren; laut erneutem Lesen hat der Server den neuen Wert.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the change was not made. Sending this row again is safe.</source>
        <translation>Die Antwort ging verloren; laut erneutem Lesen wurde die Änderung nicht vorgenommen. Diese Zeile kann gefahrlos erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>cc::csv</name>
    <message>
        <source>The file is larger than %1, the most that is read.</source>
        <translation>Die Datei ist größer als %1; mehr wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Der Text ist nicht UTF-8; speichern Sie die Datei als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>Mehr als %1 Spalten.</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>Mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Text nach einem schließenden Anführungszeichen; ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed.</source>
        <translation>Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation>Geben Sie den vollständigen Namen ein, nicht nur eine Initiale.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>Verwenden Sie nur Ziffern, Leerzeichen, +, - und Klammern.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation>Diese Regel braucht einen Prozentsatz unter 100.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation>Diese Regel braucht einen Prozentsatz unter 200.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>Die Seitennummer beginnt bei 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern und Bindestriche, zum Beispiel contoso oder contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation>Erforderlich, wenn die Vereinbarung akzeptiert wurde.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation>Verwenden Sie einen Kulturnamen wie de-DE.</translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation>Verwenden Sie einen Sprachcode wie de.</translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation>Die Partner-ID (MPN-ID) besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Wählen Sie eine Anbieterinstanz.</translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation>Dieser Angebotstyp hat bereits eine Marge.</translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation>Die Microsoft-Kundendaten fehlen oder sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>Kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Wählen Sie eine Microsoft-Anbieterinstanz.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 999.</source>
        <translation>Geben Sie einen Prozentsatz von 0 bis 999 ein.</translation>
    </message>
    <message>
        <source>Choose the provider instance of the customer&apos;s relationship.</source>
        <translation>Wählen Sie die Anbieterinstanz der Beziehung des Kunden.</translation>
    </message>
    <message>
        <source>Compliant agreements are excluded: choose another status, or include them.</source>
        <translation>Konforme Vereinbarungen sind ausgeschlossen: Wählen Sie einen anderen Status oder schließen Sie sie ein.</translation>
    </message>
    <message>
        <source>This provider instance does not sell this offer type.</source>
        <translation>Diese Anbieterinstanz verkauft diesen Angebotstyp nicht.</translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation>API-Adresse (CLOUDCOCKPIT_API_URL; Standard https://api.cloudcockpit.com).</translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation>Portaldomäne des Mandanten, gesendet als X-Tenant (CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation>Bearer-Token (CLOUDCOCKPIT_TOKEN).</translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation>Client-ID des API-Zugangs (CLOUDCOCKPIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation>Client-Geheimnis des API-Zugangs (CLOUDCOCKPIT_CLIENT_SECRET); auf der Befehlszeile für andere Benutzer sichtbar.</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>Das Client-Geheimnis aus FILE lesen.</translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation>OAuth-Token-Endpunkt (CLOUDCOCKPIT_TOKEN_URL).</translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation>X-Correlation-Id, die statt einer neuen gesendet wird.</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>Übertragungs-Timeout in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Ausgabeformat: text, json oder csv.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Suchtext.</translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation>Suchfeld: name, domain, internal-id oder provider-customer-id.</translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation>Wiederverkäufer-ID.</translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation>Gelöschte Kunden weglassen.</translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation>Nach Firmenname sortieren, von Z bis A.</translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation>Kunden pro Seite, 1 bis 2000 (Standard 100; 2000 mit --all).</translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation>Alle Seiten abrufen.</translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation>ID der Anbieterinstanz.</translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation>Vertragsdatum.</translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation>Den Hauptkontakt des Kunden für die Vereinbarung verwenden.</translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation>Vorname des Kontakts.</translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation>Nachname des Kontakts.</translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation>E-Mail des Kontakts.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Telefon des Kontakts.</translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation>Preismarge in Prozent.</translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>Markup, Margin, SplitMargin oder ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation>Marge für einen Angebotstyp (wiederholbar).</translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation>Kundendaten beim Anbieter (JSON-Objekt).</translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation>Port der Testumgebung (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation>Anzahl der Kunden in der Testumgebung, 0 bis 100000.</translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation>Startwert für die Daten der Testumgebung.</translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation>Fehler, der in die Testumgebung eingespeist wird (wiederholbar; siehe README).</translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation>Befehlszeile für die CSP-API von CloudCockpit: Kunden, Beziehungslinks, interne Kennungen, Microsoft-Kundenvereinbarungen, Anbieterinstanzen.</translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation>Versuchen Sie &apos;ccadmin --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation>unbekannter Befehl &apos;%1&apos;. Befehle: %2</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>Die Option --%1 gilt nicht für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation>--format muss text, json oder csv sein.</translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation>erforderlich (--tenant oder CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation>Verwenden Sie eine Anzahl Sekunden zwischen 0 und 3600.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation>&apos;%1&apos; ist keine UUID.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation>Warnung: Ein Token auf der Befehlszeile ist für andere Benutzer dieses Computers sichtbar; besser CLOUDCOCKPIT_TOKEN verwenden.</translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>Warnung: Ein Client-Geheimnis auf der Befehlszeile ist für andere Benutzer dieses Computers sichtbar; besser CLOUDCOCKPIT_CLIENT_SECRET oder --client-secret-file verwenden.</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>Client-Geheimnis für %1: </translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation>erforderlich mit --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file oder eine Abfrage).</translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation>Aufruf: ccadmin customers show CUSTOMER_ID</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>erforderlich.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</source>
        <translation>Aufruf: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</source>
        <translation>Aufruf: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</translation>
    </message>
    <message>
        <source>empty; use &apos;internal-id clear&apos; to remove the identifier.</source>
        <translation>leer; verwenden Sie &apos;internal-id clear&apos;, um die Kennung zu entfernen.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation>Aufruf: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation>Verwenden Sie entweder --keep-primary oder die Kontaktoptionen, nicht beides.</translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation>Aufruf: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>erforderlich: Markup, Margin, SplitMargin oder ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>&apos;%1&apos; ist keine Margenregel: verwenden Sie Markup, Margin, SplitMargin oder ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>Verwenden Sie eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation>Die Testumgebung konnte nicht lauschen: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>Interne Kennung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 of %2 customer(s)</source>
        <translation>%1 von %2 Kunde(n)</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Interne Kennung</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation>Anbieterinstanz %1</translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation>  Kunden-ID</translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation>  Marge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation>&apos;%1&apos; ist keine Zahl (Dezimalpunkt verwenden, z. B. 12.5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation>&apos;%1&apos; ist keine UUID (z. B. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation>&apos;%1&apos; ist kein Suchfeld: verwenden Sie name, domain, internal-id oder provider-customer-id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation>&apos;%1&apos; hat nicht die Form TYPE=PERCENT[:RULE], z. B. License=12.5:Markup.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation>&apos;%1&apos; ist kein Angebotstyp: verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this option reads.</source>
        <translation>%1 ist größer als %2, das Maximum, das diese Option liest.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>Warnung: Der Server hat %n Kunden mehrfach gesendet; er wurde nur einmal ausgegeben.</numerusform>
            <numerusform>Warnung: Der Server hat %n Kunden mehrfach gesendet; jeder wurde nur einmal ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>the relationship link is not an https address; it is not printed.</source>
        <translation>der Beziehungslink ist keine https-Adresse; er wird nicht ausgegeben.</translation>
    </message>
    <message>
        <source>One of the commands below; &apos;ccadmin COMMAND --help&apos; shows its usage and options.</source>
        <translation>Einer der folgenden Befehle; &apos;ccadmin COMMAND --help&apos; zeigt seinen Aufruf und seine Optionen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no operands.</source>
        <translation>&apos;%1&apos; nimmt keine Operanden.</translation>
    </message>
    <message>
        <source>List customers: one page, or every page with --all.</source>
        <translation>Kunden auflisten: eine Seite oder mit --all alle Seiten.</translation>
    </message>
    <message>
        <source>Show a customer, with its margins in each provider instance.</source>
        <translation>Einen Kunden anzeigen, mit seinen Margen in jeder Anbieterinstanz.</translation>
    </message>
    <message>
        <source>List the provider instances.</source>
        <translation>Die Anbieterinstanzen auflisten.</translation>
    </message>
    <message>
        <source>Print the relationship acceptance link of a provider instance.</source>
        <translation>Den Link zur Annahme der Beziehung für eine Anbieterinstanz ausgeben.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s internal identifier.</source>
        <translation>Die interne Kennung eines Kunden festlegen.</translation>
    </message>
    <message>
        <source>Remove a customer&apos;s internal identifier.</source>
        <translation>Die interne Kennung eines Kunden entfernen.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s Microsoft Customer Agreement.</source>
        <translation>Die Microsoft-Kundenvereinbarung eines Kunden erfassen.</translation>
    </message>
    <message>
        <source>Add a customer to another provider instance, with a margin.</source>
        <translation>Einen Kunden mit einer Marge zu einer weiteren Anbieterinstanz hinzufügen.</translation>
    </message>
    <message>
        <source>Serve a local sandbox of the API until interrupted; print its credentials.</source>
        <translation>Eine lokale Testumgebung der API bereitstellen, bis sie unterbrochen wird; ihre Anmeldedaten ausgeben.</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back to see whether the change was made…</source>
        <translation>ccadmin: Der Kunde wird erneut gelesen, um zu sehen, ob die Änderung vorgenommen wurde…</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back failed too (%1); look at the customer before you run the command again.</source>
        <translation>ccadmin: Auch das erneute Lesen des Kunden ist fehlgeschlagen (%1); sehen Sie sich den Kunden an, bevor Sie den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <source>ccadmin: the server has the change; only its answer was lost.</source>
        <translation>ccadmin: Der Server hat die Änderung; nur seine Antwort ging verloren.</translation>
    </message>
    <message>
        <source>ccadmin: the change was not made; running the command again is safe.</source>
        <translation>ccadmin: Die Änderung wurde nicht vorgenommen; der Befehl kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see &apos;ccadmin login&apos;).</source>
        <translation>erforderlich (--tenant, CLOUDCOCKPIT_TENANT oder ein Profil: siehe &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see &apos;ccadmin login&apos;).</source>
        <translation>erforderlich: --token (CLOUDCOCKPIT_TOKEN), --client-id mit einem Geheimnis oder ein Profil (siehe &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>Profile saved by &apos;ccadmin login&apos; or the window (CLOUDCOCKPIT_PROFILE; default: the default profile when no tenant is given). Options and environment variables override its settings.</source>
        <translation>Von &apos;ccadmin login&apos; oder vom Fenster gespeichertes Profil (CLOUDCOCKPIT_PROFILE; Standard: das Standardprofil, wenn kein Mandant angegeben ist). Optionen und Umgebungsvariablen haben Vorrang vor seinen Einstellungen.</translation>
    </message>
    <message>
        <source>Read a bearer token from stdin instead of client credentials.</source>
        <translation>Ein Bearer-Token von stdin lesen statt Client-Anmeldedaten.</translation>
    </message>
    <message>
        <source>usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</source>
        <translation>Aufruf: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</translation>
    </message>
    <message>
        <source>Sign in once and save a profile: the secret in the system keychain, the rest in a settings file.</source>
        <translation>Einmal anmelden und ein Profil speichern: das Geheimnis im Schlüsselbund des Systems, den Rest in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>usage: ccadmin logout [--profile NAME]</source>
        <translation>Aufruf: ccadmin logout [--profile NAME]</translation>
    </message>
    <message>
        <source>Remove a profile and its secret (--profile, else the default one).</source>
        <translation>Ein Profil und sein Geheimnis entfernen (--profile, sonst das Standardprofil).</translation>
    </message>
    <message>
        <source>List the profiles: the default one, role and expiry of the last token.</source>
        <translation>Die Profile auflisten: das Standardprofil, Rolle und Ablauf des letzten Tokens.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use --client-secret-file.</source>
        <translation>Ohne Schlüsselbund geben Sie die Anmeldedaten in der Umgebung an (CLOUDCOCKPIT_TENANT mit CLOUDCOCKPIT_CLIENT_ID und CLOUDCOCKPIT_CLIENT_SECRET oder CLOUDCOCKPIT_TOKEN) oder verwenden Sie --client-secret-file.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; makes it).</source>
        <translation>Es gibt kein Profil &apos;%1&apos; (siehe &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; legt es an).</translation>
    </message>
    <message>
        <source>the keychain holds none for profile &apos;%1&apos;; run &apos;ccadmin login --profile %1&apos;.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag für das Profil &apos;%1&apos;; führen Sie &apos;ccadmin login --profile %1&apos; aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile name: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; ist kein Profilname: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Es gibt kein Terminal für die Abfrage.</translation>
    </message>
    <message>
        <source>Tenant domain (e.g. portal.contoso.com): </source>
        <translation>Mandantendomäne (z. B. portal.contoso.com): </translation>
    </message>
    <message>
        <source>more than %1 on stdin; a token is much shorter.</source>
        <translation>mehr als %1 auf stdin; ein Token ist viel kürzer.</translation>
    </message>
    <message>
        <source>nothing on stdin.</source>
        <translation>nichts auf stdin.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer --token-stdin.</source>
        <translation>Warnung: Ein Token auf der Befehlszeile ist für andere Benutzer dieses Computers sichtbar; besser --token-stdin verwenden.</translation>
    </message>
    <message>
        <source>API Access client ID (leave empty to paste a bearer token instead): </source>
        <translation>Client-ID des API-Zugangs (leer lassen, um stattdessen ein Bearer-Token einzufügen): </translation>
    </message>
    <message>
        <source>Bearer token: </source>
        <translation>Bearer-Token: </translation>
    </message>
    <message>
        <source>required (--client-id, CLOUDCOCKPIT_CLIENT_ID, or a token with --token-stdin).</source>
        <translation>erforderlich (--client-id, CLOUDCOCKPIT_CLIENT_ID oder ein Token mit --token-stdin).</translation>
    </message>
    <message>
        <source>required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).</source>
        <translation>erforderlich (--client-secret-file oder CLOUDCOCKPIT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>these settings cannot be kept as a profile.</source>
        <translation>Diese Einstellungen können nicht als Profil gespeichert werden.</translation>
    </message>
    <message>
        <source>the secret could not be kept in the system keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Profile &apos;%3&apos; saved; its secret is in the system keychain.</source>
        <translation>Bei %1 als %2 angemeldet. Profil &apos;%3&apos; gespeichert; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>unbekannte Rolle</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>Es ist das Standardprofil.</translation>
    </message>
    <message>
        <source>no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.</source>
        <translation>Kein Profil angegeben (--profile oder CLOUDCOCKPIT_PROFILE) und kein Standardprofil vorhanden.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;).</source>
        <translation>Es gibt kein Profil &apos;%1&apos; (siehe &apos;ccadmin profiles&apos;).</translation>
    </message>
    <message>
        <source>Signed out: profile &apos;%1&apos; and its secret are removed.</source>
        <translation>Abgemeldet: Profil &apos;%1&apos; und sein Geheimnis wurden entfernt.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is kept; run &apos;ccadmin logout&apos; again when the keychain is available.</source>
        <translation>Profil &apos;%1&apos; bleibt erhalten; führen Sie &apos;ccadmin logout&apos; erneut aus, wenn der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>No profiles yet: &apos;ccadmin login&apos; makes one, and so does signing in with the window.</source>
        <translation>Noch keine Profile: &apos;ccadmin login&apos; legt eines an, ebenso die Anmeldung im Fenster.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>SIGNS IN WITH</source>
        <translation>ANMELDUNG MIT</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>TOKEN LÄUFT AB</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Attestation status: required, linkgenerated, linkexpired, customeraccepted or agreementcreated.</source>
        <translation>Attestierungsstatus: required, linkgenerated, linkexpired, customeraccepted oder agreementcreated.</translation>
    </message>
    <message>
        <source>Leave out agreements already created (compliant).</source>
        <translation>Bereits erstellte Vereinbarungen weglassen (konform).</translation>
    </message>
    <message>
        <source>Check and print the changes; send nothing.</source>
        <translation>Die Änderungen prüfen und ausgeben; nichts senden.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 6).</source>
        <translation>Gleichzeitig laufende Anfragen, 1 bis 64 (Standard 6).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to FILE as CSV (default: standard output).</source>
        <translation>Das Ergebnis jeder Zeile als CSV in FILE schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Skip the rows an earlier results FILE shows as done.</source>
        <translation>Die Zeilen überspringen, die eine frühere Ergebnisdatei FILE als erledigt ausweist.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</source>
        <translation>Aufruf: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</translation>
    </message>
    <message>
        <source>Set many internal identifiers from a CSV file, checked first.</source>
        <translation>Viele interne Kennungen aus einer CSV-Datei setzen, vorher geprüft.</translation>
    </message>
    <message>
        <source>List the resellers (csp only).</source>
        <translation>Die Wiederverkäufer auflisten (nur csp).</translation>
    </message>
    <message>
        <source>usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</source>
        <translation>Aufruf: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</translation>
    </message>
    <message>
        <source>Replace a customer&apos;s margins in a provider instance; offer types left out lose their own.</source>
        <translation>Die Margen eines Kunden in einer Anbieterinstanz ersetzen; nicht angegebene Angebotstypen verlieren ihre eigene Marge.</translation>
    </message>
    <message>
        <source>List Microsoft Customer Agreement statuses: one page, or every page with --all.</source>
        <translation>Status der Microsoft-Kundenvereinbarungen auflisten: eine Seite oder mit --all alle Seiten.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID</source>
        <translation>Aufruf: ccadmin mca show CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Show a customer&apos;s Microsoft Customer Agreement status in a Microsoft provider instance.</source>
        <translation>Den Status der Microsoft-Kundenvereinbarung eines Kunden in einer Microsoft-Anbieterinstanz anzeigen.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</source>
        <translation>Aufruf: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Ask Microsoft for a customer&apos;s agreement status, then show it.</source>
        <translation>Bei Microsoft den Vereinbarungsstatus eines Kunden abfragen und dann anzeigen.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>current internal identifier</source>
        <translation>aktuelle interne Kennung</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>use a whole number from 1 to 64.</source>
        <translation>Verwenden Sie eine ganze Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer (customer ID, internal identifier or domain) and one with the new value (new internal identifier); a reseller column is optional.</source>
        <translation>Die Spalten von %1 lassen sich nicht zuordnen (gefunden: %2). Nötig sind eine Spalte, die den Kunden benennt (Kunden-ID, interne Kennung oder Domäne), und eine mit dem neuen Wert (neue interne Kennung); eine Wiederverkäuferspalte ist optional.</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>ccadmin: %n Problem in %1; es wurde nichts gesendet.</numerusform>
            <numerusform>ccadmin: %n Probleme in %1; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).</source>
        <translation>ccadmin: %1 Zeilen in %3 ms mit %2 Kunden abgeglichen (Schlüssel: %4).</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>unverändert (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>geleert</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n geleert</numerusform>
            <numerusform>%n geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent (--dry-run).</source>
        <translation>Es wurde nichts gesendet (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>ccadmin: %n im früheren Lauf erledigte Zeile wird nicht erneut gesendet.</numerusform>
            <numerusform>ccadmin: %n im früheren Lauf erledigte Zeilen werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 in flight</source>
        <translation>%1 von %2 gesendet, %3 unterwegs</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>ccadmin: Abbruch: Es werden keine neuen Zeilen gesendet; warte auf die %n laufende Anfrage.</numerusform>
            <numerusform>ccadmin: Abbruch: Es werden keine neuen Zeilen gesendet; warte auf die %n laufenden Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>warning: reseller names could not be read (%1); their IDs are shown.</source>
        <translation>Warnung: Die Namen der Wiederverkäufer konnten nicht gelesen werden (%1); ihre IDs werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>Warnung: Der Server hat %n Wiederverkäufer mehrfach gesendet; er wurde nur einmal ausgegeben.</numerusform>
            <numerusform>Warnung: Der Server hat %n Wiederverkäufer mehrfach gesendet; jeder wurde nur einmal ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use one of %2.</source>
        <translation>&apos;%1&apos; ist kein Status: Verwenden Sie einen von %2.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>Warnung: Der Server hat %n Vereinbarung mehrfach gesendet; sie wurde nur einmal ausgegeben.</numerusform>
            <numerusform>Warnung: Der Server hat %n Vereinbarungen mehrfach gesendet; jede wurde nur einmal ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: reading the agreement back; it shows the status the server has now.</source>
        <translation>ccadmin: Die Vereinbarung wird erneut gelesen; sie zeigt den Status, den der Server jetzt hat.</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>angenommen am %1</translation>
    </message>
    <message>
        <source>link expires %1</source>
        <translation>Link läuft am %1 ab</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n Wiederverkäufer</numerusform>
            <numerusform>%n Wiederverkäufer</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Anbieterinstanz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation>%1 von %2 Vereinbarung(en)</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Microsoft-Mandant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudCockpit Admin: manage CSP customers.</source>
        <translation>CloudCockpit Admin: CSP-Kunden verwalten.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation>Die eingebaute Testumgebung starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation>Anzahl der Kunden im Demo-Mandanten (0 bis 100000).</translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation>Beenden, sobald die ersten Kunden angezeigt werden (Benchmarks).</translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation>Einen Fehler in die Testumgebung der Demo einspeisen (wiederholbar): ROUTE:KIND[:ARG][@RATE].</translation>
    </message>
    <message>
        <source>The unsaved %1 for %2 could not be reopened and is kept for later: %3 (correlation ID %4)</source>
        <translation>Die nicht gespeicherte %1 für %2 konnte nicht wieder geöffnet werden und wird für später aufbewahrt: %3 (Korrelations-ID %4)</translation>
    </message>
</context>
</TS>
