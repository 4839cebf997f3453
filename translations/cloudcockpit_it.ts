<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>Add provider instance — %1</source>
        <translation>Aggiungi istanza del fornitore — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Istanza del &amp;fornitore:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Istanza del fornitore</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>Rela&amp;zione:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation>contoso (diventa contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation>Separate da virgole, ad es. Education</translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation>Dominio Microsoft</translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation>Email delle credenziali</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Da&amp;ta del contratto:</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Data del contratto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>C&amp;ultura:</translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation>Cultura predefinita</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;ID partner:</translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation>ID partner associato</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifiche:</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifiche</translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation>Dati del cliente presso il fornitore (JSON)</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>&amp;Margine di prezzo:</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Percentuale del margine di prezzo</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Regola di margine</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Margini per tipo di offerta</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Lascia vuoto per usare il margine di prezzo per tutti i tipi di offerta</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Rimuo&amp;vi riga</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Margini per tipo di offerta:</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Ogni tipo di offerta di questa istanza ha già un margine.</translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation>Questo cliente è già in tutte le istanze del fornitore.</translation>
    </message>
    <message>
        <source>The customer a&amp;ccepted the Microsoft Customer Agreement</source>
        <translation>Il cliente &amp;ha accettato il Contratto cliente Microsoft</translation>
    </message>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>Mantieni le informazioni del contatto &amp;principale</translation>
    </message>
    <message>
        <source>Ena&amp;ble GDAP</source>
        <translation>A&amp;bilita GDAP</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>&amp;Aggiungi riga</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Rimuove la riga selezionata (Canc)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Nessuna riga: il margine di prezzo si applica a tutti i tipi di offerta.</translation>
    </message>
    <message>
        <source>Microsoft customer data</source>
        <translation>Dati del cliente presso Microsoft</translation>
    </message>
    <message>
        <source>admin@contoso.com</source>
        <translation>admin@contoso.com</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567</source>
        <translation>Solo cifre, ad es. 1234567</translation>
    </message>
    <message>
        <source>Domai&amp;n:</source>
        <translation>D&amp;ominio:</translation>
    </message>
    <message>
        <source>&amp;Admin email:</source>
        <translation>Email dell&apos;amminist&amp;ratore:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefono:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <source>Provider customer data</source>
        <translation>Dati del cliente presso il fornitore</translation>
    </message>
    <message>
        <source>Customer data as a &amp;JSON object (may be empty):</source>
        <translation>Dati del cliente come oggetto &amp;JSON (può essere vuoto):</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Esempio: %1</translation>
    </message>
    <message>
        <source>Choose a provider instance first.</source>
        <translation>Scegli prima un&apos;istanza del fornitore.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regola:</translation>
    </message>
</context>
<context>
    <name>AddProviderInstanceForm</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON non valido: %1 alla riga %2, colonna %3.</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;AccountId&quot;: &quot;1234&quot;}.</source>
        <translation>Inserisci un oggetto JSON, ad esempio {&quot;AccountId&quot;: &quot;1234&quot;}.</translation>
    </message>
    <message>
        <source>Enter a percentage from %L1 to %L2.</source>
        <translation>Inserisci una percentuale da %L1 a %L2.</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>%1 aggiunto a %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Copia &amp;dettagli</translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation>Copia l&apos;errore, il suo stato e l&apos;ID di correlazione per il supporto</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Chiudi messaggio</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Messaggio di errore</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID di correlazione: %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ri&amp;prova</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship lin&amp;k…</source>
        <translation>Copia &amp;link della relazione…</translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation>Ottiene il link che il cliente apre per accettare la relazione</translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation>Modifica &amp;identificativo interno…</translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation>Contratto cliente &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation>Aggiungi istanza del &amp;fornitore…</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Dettagli del cliente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Seleziona un cliente per vederne i dettagli.</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Questo cliente è eliminato.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificativo interno</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contatto principale</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation>Diretta (CSP)</translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation>Rivenditore %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>Istanze del fornitore (%n)</numerusform>
            <numerusform>Istanze del fornitore (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation>Non ancora in nessuna istanza del fornitore.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation>ID del cliente presso il fornitore: %1</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>(non ancora creato)</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Margine: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The customer is deleted: the server accepts no changes to it.</source>
        <translation>Il cliente è eliminato: il server non accetta modifiche.</translation>
    </message>
    <message>
        <source>The selected customer is not in the list any more. Select a customer to see its details.</source>
        <translation>Il cliente selezionato non è più nell&apos;elenco. Seleziona un cliente per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Refresh MCA stat&amp;us</source>
        <translation>A&amp;ggiorna stato MCA</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the customer&apos;s Microsoft Customer Agreement</source>
        <translation>Chiede a Microsoft lo stato attuale del Contratto cliente Microsoft del cliente</translation>
    </message>
    <message>
        <source>Edit mar&amp;gins…</source>
        <translation>M&amp;odifica margini…</translation>
    </message>
    <message>
        <source>Changes the price margins of the customer in a provider instance</source>
        <translation>Modifica i margini di prezzo del cliente in un&apos;istanza del fornitore</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lettura…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>impossibile leggere: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>non ancora noto</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement: %1</source>
        <translation>Contratto cliente Microsoft: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signatory name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signatory: %1</source>
        <translation>Firmatario: %1</translation>
    </message>
    <message>
        <source>Acceptance link expires: %1</source>
        <translation>Scadenza del link di accettazione: %1</translation>
    </message>
    <message>
        <source>Acceptance link expired: %1</source>
        <translation>Link di accettazione scaduto: %1</translation>
    </message>
    <message>
        <source>Agreement date: %1</source>
        <translation>Data del contratto: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>L&apos;ultimo aggiornamento non è riuscito: %1</translation>
    </message>
    <message>
        <source>The customer is not in any provider instance yet: there are no margins to change.</source>
        <translation>Il cliente non è ancora in nessuna istanza del fornitore: non ci sono margini da modificare.</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>ID rivenditore</translation>
    </message>
    <message>
        <source>Edit margins</source>
        <translation>Modifica margini</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation>Diretta</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>ID interno</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Rivenditore</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Istanze</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Questo cliente è eliminato.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
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
        <translation>Stato MCA</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Scegli da un calendario (F4)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Markup</source>
        <translation>Ricarico</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation>Margine ripartito</translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation>ERP meno sconto</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>License (legacy)</source>
        <translation>Licenza (legacy)</translation>
    </message>
    <message>
        <source>Software subscription</source>
        <translation>Abbonamento software</translation>
    </message>
    <message>
        <source>Perpetual software</source>
        <translation>Software perpetuo</translation>
    </message>
    <message>
        <source>Azure plan</source>
        <translation>Piano di Azure</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Prenotazione di Azure</translation>
    </message>
    <message>
        <source>Azure (legacy)</source>
        <translation>Azure (legacy)</translation>
    </message>
    <message>
        <source>Azure savings plan</source>
        <translation>Piano di risparmio di Azure</translation>
    </message>
    <message>
        <source>MCA required</source>
        <translation>MCA richiesto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link scaduto</translation>
    </message>
    <message>
        <source>Ready to create agreement</source>
        <translation>Pronto per creare il contratto</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>internal identifier</source>
        <translation>identificativo interno</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contratto cliente Microsoft</translation>
    </message>
    <message>
        <source>provider instance</source>
        <translation>istanza del fornitore</translation>
    </message>
    <message>
        <source>margins</source>
        <translation>margini</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Internal identifier</source>
        <translation>Identificativo interno</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contratto cliente Microsoft</translation>
    </message>
    <message>
        <source>Add provider instance</source>
        <translation>Aggiungi istanza del fornitore</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>%n modulo non salvato può essere riaperto. Ripristinalo, scartalo se non ti serve più o decidi più tardi: resta conservato finché non lo salvi o lo scarti.</numerusform>
            <numerusform>%n moduli non salvati possono essere riaperti. Ripristinane uno, scarta quelli che non ti servono più o decidi più tardi: restano conservati finché non li salvi o li scarti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Moduli non salvati</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation>Scarta &amp;tutti</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Annullare le modifiche?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Ci sono modifiche non salvate. Annullarle?</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Salva (%n problema)</numerusform>
            <numerusform>&amp;Salva (%n problemi)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation>Ripristinato ciò che avevi digitato il %1 senza salvare.</translation>
    </message>
    <message>
        <source>Your session has ended. Close this form and sign in again: when you open it again, everything you typed is still here.</source>
        <translation>La sessione è terminata. Chiudi questo modulo e accedi di nuovo: quando lo riaprirai, tutto ciò che hai digitato sarà ancora qui.</translation>
    </message>
    <message>
        <source>%1 Checking whether the server has the new value…</source>
        <translation>%1 Verifica in corso che il server abbia il nuovo valore…</translation>
    </message>
    <message>
        <source>The server has the new value.</source>
        <translation>Il server ha il nuovo valore.</translation>
    </message>
    <message>
        <source>The change was not made: the server does not have it. What you typed is still here, and saving again is safe. (Correlation ID: %1)</source>
        <translation>La modifica non è stata apportata: il server non la ha. Ciò che hai digitato è ancora qui e puoi salvare di nuovo senza rischi. (ID di correlazione: %1)</translation>
    </message>
    <message>
        <source>Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is still here; look at the customer before saving again.</source>
        <translation>Anche la rilettura del cliente non è riuscita, quindi l&apos;esito resta sconosciuto: %1 Ciò che hai digitato è ancora qui; controlla il cliente prima di salvare di nuovo.</translation>
    </message>
</context>
<context>
    <name>EditMarginsDialog</name>
    <message>
        <source>Margins — %1</source>
        <translation>Margini — %1</translation>
    </message>
    <message>
        <source>Provider instance:</source>
        <translation>Istanza del fornitore:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relazione:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Percentuale del margine di prezzo</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Regola di margine</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>&amp;Margine di prezzo:</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Margini per tipo di offerta</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Lascia vuoto per usare il margine di prezzo per tutti i tipi di offerta</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>&amp;Aggiungi riga</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Rimuo&amp;vi riga</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Rimuove la riga selezionata (Canc)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Nessuna riga: il margine di prezzo si applica a tutti i tipi di offerta.</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Margini per &amp;tipo di offerta:</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Esempio: %1</translation>
    </message>
    <message>
        <source>The offer types of this provider instance are not known yet.</source>
        <translation>I tipi di offerta di questa istanza del fornitore non sono ancora noti.</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Ogni tipo di offerta di questa istanza ha già un margine.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regola:</translation>
    </message>
</context>
<context>
    <name>EditMarginsForm</name>
    <message>
        <source>Margins of %1 in %2 saved.</source>
        <translation>Margini di %1 in %2 salvati.</translation>
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
        <translation>Non è una data: inseriscila come %1.</translation>
    </message>
    <message>
        <source>The server has the new value (only its answer was lost). %1</source>
        <translation>Il server ha il nuovo valore (è andata persa solo la sua risposta). %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import internal identifiers</source>
        <translation>Importa identificativi interni</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID cliente</translation>
    </message>
    <message>
        <source>Current internal identifier</source>
        <translation>Identificativo interno attuale</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Customer &amp;column:</source>
        <translation>&amp;Colonna cliente:</translation>
    </message>
    <message>
        <source>&amp;New identifier column:</source>
        <translation>Colonna &amp;nuovo identificativo:</translation>
    </message>
    <message>
        <source>&amp;Reseller column:</source>
        <translation>Colonna &amp;rivenditore:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tutte le righe</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificate</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariate</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>&amp;Salva risultati come CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>Modificare l&apos;identificativo interno di %n cliente?</numerusform>
            <numerusform>Modificare l&apos;identificativo interno di %n clienti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Salva risultati come CSV</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>Impossibile salvare i risultati: %1</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1 (correlation ID %2)</source>
        <translation>Impossibile leggere l&apos;elenco dei clienti: %1 (ID di correlazione %2)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(scegli una colonna)</translation>
    </message>
    <message>
        <source>Choose a CSV file with a column naming each customer and one with its new identifier.</source>
        <translation>Scegli un file CSV con una colonna che indica ogni cliente e una con il suo nuovo identificativo.</translation>
    </message>
    <message>
        <source>Choose the column that names the customer and the one with the new identifier.</source>
        <translation>Scegli la colonna che indica il cliente e quella con il nuovo identificativo.</translation>
    </message>
    <message>
        <source>Checking every row against the customer list…</source>
        <translation>Verifica di ogni riga rispetto all&apos;elenco dei clienti…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>%n problema: non è possibile inviare nulla finché il file non viene corretto.</numerusform>
            <numerusform>%n problemi: non è possibile inviare nulla finché il file non viene corretto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 cleared, %3 unchanged.</source>
        <translation>%1 modificati, %2 cancellati, %3 invariati.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Done. Each row&apos;s outcome is in the table.</source>
        <translation>Fatto. L&apos;esito di ogni riga è nella tabella.</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>contiene:</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Ri&amp;ghe:</translation>
    </message>
</context>
<context>
    <name>InternalIdImportModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(cancellato)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (invariato)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Current identifier</source>
        <translation>Identificativo attuale</translation>
    </message>
    <message>
        <source>New identifier</source>
        <translation>Nuovo identificativo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID di correlazione</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierDialog</name>
    <message>
        <source>Internal identifier — %1</source>
        <translation>Identificativo interno — %1</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificativo interno</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation>La nostra relazione</translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation>La relazione del rivenditore (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relazione:</translation>
    </message>
    <message>
        <source>Empty: no internal identifier</source>
        <translation>Vuoto: nessun identificativo interno</translation>
    </message>
    <message>
        <source>Empties the internal identifier</source>
        <translation>Svuota l&apos;identificativo interno</translation>
    </message>
    <message>
        <source>Clear the internal identifier?</source>
        <translation>Cancellare l&apos;identificativo interno?</translation>
    </message>
    <message>
        <source>The internal identifier of %1 will be removed.</source>
        <translation>L&apos;identificativo interno di %1 verrà rimosso.</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierForm</name>
    <message>
        <source>Internal identifier of %1 cleared.</source>
        <translation>Identificativo interno di %1 cancellato.</translation>
    </message>
    <message>
        <source>Internal identifier of %1 set to %2.</source>
        <translation>Identificativo interno di %1 impostato su %2.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Link copiato.</translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation>Testo dell&apos;email copiato.</translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation>Link della relazione — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Istanza del &amp;fornitore:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Istanza del fornitore</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Rivenditore:</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Rivenditore</translation>
    </message>
    <message>
        <source>None — relationship with the CSP</source>
        <translation>Nessuno — relazione con il CSP</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>&amp;Lingua dell&apos;email:</translation>
    </message>
    <message>
        <source>Email language</source>
        <translation>Lingua dell&apos;email</translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation>&amp;Ottieni link</translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation>Link di accettazione della relazione</translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation>Scegli un&apos;istanza e ottieni il link</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copia link</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Apri nel &amp;browser</translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation>Copia testo dell&apos;&amp;email</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation>Recupero del link…</translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation>Link pronto.</translation>
    </message>
    <message>
        <source>Link opened in the browser.</source>
        <translation>Link aperto nel browser.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Impossibile aprire un browser. Copia il link e incollalo in un browser.</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Buongiorno,

per consentirci di gestire gli abbonamenti cloud di %1, apra il link qui sotto dopo aver effettuato l&apos;accesso come amministratore globale della sua organizzazione e accetti la relazione:

%2

Accettando ci rende suo rivenditore: possiamo acquistare e gestire abbonamenti e licenze per suo conto. Non ci dà alcun ruolo di amministratore nella sua organizzazione né accesso ai suoi dati. Può terminare la relazione in qualsiasi momento dal centro di amministrazione di Microsoft 365.

Cordiali saluti</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller and also gives us delegated administration privileges: our administrators will be able to manage your organisation, its users, services and data, as a global administrator can. You can remove these privileges, or end the relationship, at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Buongiorno,

per consentirci di gestire gli abbonamenti cloud di %1, apra il link qui sotto dopo aver effettuato l&apos;accesso come amministratore globale della sua organizzazione e accetti la relazione:

%2

Accettando ci rende suo rivenditore e ci concede anche privilegi di amministrazione delegata: i nostri amministratori potranno gestire la sua organizzazione, i suoi utenti, servizi e dati, come può fare un amministratore globale. Può rimuovere questi privilegi, o terminare la relazione, in qualsiasi momento dal centro di amministrazione di Microsoft 365.

Cordiali saluti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation>Impossibile salvare il segreto nel portachiavi di sistema (%1). Resta in memoria fino alla chiusura dell&apos;applicazione.</translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation>CloudCockpit Admin</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell&apos;azienda</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificativo interno</translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation>ID del cliente presso il fornitore</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Cerca in</translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation>Cerca sul server (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server search</source>
        <translation>Ricerca sul server</translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation>Filtra subito i clienti caricati</translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation>Filtro locale</translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation>Includi &amp;eliminati</translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation>&amp;Rivenditore:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Reseller filter</source>
        <translation>Filtro rivenditore</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation>Ricarica i clienti (F5)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annulla caricamento</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation>Esci dall&apos;&amp;account / cambia tenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation>Copia &amp;link della relazione</translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation>La demo non è disponibile in questa build.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Impossibile avviare la demo: %1</translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation>La sessione è terminata o il server ha rifiutato il token. Accedi di nuovo per continuare da dove eri.</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>rivenditore</translation>
    </message>
    <message>
        <source>CSP</source>
        <translation>CSP</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>ruolo sconosciuto</translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation>il token si rinnova automaticamente</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation>la sessione scade il %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Caricamento di %1 su %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 su %Ln cliente corrispondono</numerusform>
            <numerusform>%1 su %Ln clienti corrispondono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship link for %1 copied.</source>
        <translation>Link della relazione di %1 copiato.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Fit columns to the list</source>
        <translation>&amp;Adatta le colonne all&apos;elenco</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>company name of a deleted customer</comment>
        <translation>%1 (eliminato)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Nuovo tentativo tra %n s …</numerusform>
            <numerusform>Nuovo tentativo tra %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Caricamento dei clienti…</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload failed</source>
        <translation>elenco aggiornato alle %1 — ricaricamento non riuscito</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload cancelled</source>
        <translation>elenco aggiornato alle %1 — ricaricamento annullato</translation>
    </message>
    <message>
        <source>incomplete — loading failed</source>
        <translation>incompleto — caricamento non riuscito</translation>
    </message>
    <message>
        <source>incomplete — loading cancelled</source>
        <translation>incompleto — caricamento annullato</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer count · why the list is not current</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Nessun cliente corrisponde a «%1».</translation>
    </message>
    <message>
        <source>Cl&amp;ear the filter</source>
        <translation>A&amp;zzera il filtro</translation>
    </message>
    <message>
        <source>No customers match “%1” on the server.</source>
        <translation>Nessun cliente corrisponde a «%1» sul server.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the search</source>
        <translation>A&amp;zzera la ricerca</translation>
    </message>
    <message>
        <source>The customers could not be loaded.</source>
        <translation>Impossibile caricare i clienti.</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Nessun cliente da mostrare.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID di correlazione: %1</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Esporta clienti</translation>
    </message>
    <message>
        <source>&amp;Import internal identifiers…</source>
        <translation>&amp;Importa identificativi interni…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>No direct customers in the list: every customer loaded has a reseller.</source>
        <translation>Nessun cliente diretto nell&apos;elenco: ogni cliente caricato ha un rivenditore.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Impossibile esportare l&apos;elenco: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n cliente esportato in %1.</numerusform>
            <numerusform>%n clienti esportati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Microsoft Customer Agreements…</source>
        <translation>Contratti cliente &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Searc&amp;h in:</source>
        <translation>Cerca i&amp;n:</translation>
    </message>
    <message>
        <source>Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, in any order. Put a phrase in double quotes to find it as written.</source>
        <translation>Mostra i clienti caricati il cui nome, dominio, identificativo, rivenditore, località o email contengono tutte le parole digitate, in qualsiasi ordine. Racchiudi una frase tra virgolette doppie per trovarla così come è scritta.</translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>&amp;Mantieni le informazioni del contatto principale</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation>Contratto cliente Microsoft — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Istanza del &amp;fornitore:</translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation>Istanza del fornitore Microsoft</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Data del contratto</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation>Questo cliente non è ancora in nessuna istanza del fornitore Microsoft: aggiungine prima una.</translation>
    </message>
    <message>
        <source>When on, the agreement uses the customer&apos;s primary contact shown below</source>
        <translation>Se attivata, il contratto usa il contatto principale del cliente mostrato qui sotto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>D&amp;ata del contratto:</translation>
    </message>
</context>
<context>
    <name>McaForm</name>
    <message>
        <source>Microsoft Customer Agreement of %1 recorded, accepted on %2.</source>
        <translation>Contratto cliente Microsoft di %1 registrato, accettato il %2.</translation>
    </message>
</context>
<context>
    <name>McaListModel</name>
    <message>
        <source>Required</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Expired links</source>
        <translation>Link scaduti</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>Pronto da creare</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>No acceptance link has been generated for the customer yet.</source>
        <translation>Non è ancora stato generato alcun link di accettazione per il cliente.</translation>
    </message>
    <message>
        <source>The customer has an acceptance link and has not accepted yet.</source>
        <translation>Il cliente ha un link di accettazione e non ha ancora accettato.</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance link expired before they accepted.</source>
        <translation>Il link di accettazione del cliente è scaduto prima che accettasse.</translation>
    </message>
    <message>
        <source>The customer accepted: the agreement can be recorded.</source>
        <translation>Il cliente ha accettato: il contratto può essere registrato.</translation>
    </message>
    <message>
        <source>The agreement is in place.</source>
        <translation>Il contratto è in vigore.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Link expires %1</source>
        <translation>Il link scade il %1</translation>
    </message>
    <message>
        <source>Link expired %1</source>
        <translation>Il link è scaduto il %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Accettato il %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory email, phone</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID di correlazione: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Istanza del fornitore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiornamento</translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>Stato aggiornato per %Ln contratto.</numerusform>
            <numerusform>Stato aggiornato per %Ln contratti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>Stato aggiornato per %1, non riuscito per %Ln contratto: vedi la colonna Aggiornamento.</numerusform>
            <numerusform>Stato aggiornato per %1, non riuscito per %Ln contratti: vedi la colonna Aggiornamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Customer Agreements</source>
        <translation>Contratti cliente Microsoft</translation>
    </message>
    <message>
        <source>Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation API: the partner can sell to a customer only when its agreement is in place. Choose a group to see its customers.</source>
        <translation>Dal 5 gennaio 2026 Microsoft accetta un Contratto cliente Microsoft solo tramite la sua API di attestazione: il partner può vendere a un cliente solo quando il suo contratto è in vigore. Scegli un gruppo per vederne i clienti.</translation>
    </message>
    <message>
        <source>Shows the customers of every group</source>
        <translation>Mostra i clienti di tutti i gruppi</translation>
    </message>
    <message>
        <source>Filter by company, instance or signatory</source>
        <translation>Filtra per azienda, istanza o firmatario</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Filtra contratti</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>A&amp;ggiorna stato</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the selected agreements</source>
        <translation>Chiede a Microsoft lo stato attuale dei contratti selezionati</translation>
    </message>
    <message>
        <source>Record &amp;agreement…</source>
        <translation>Registr&amp;a contratto…</translation>
    </message>
    <message>
        <source>Records that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Registra che il cliente ha accettato il Contratto cliente Microsoft</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>R&amp;icarica</translation>
    </message>
    <message>
        <source>Reads every agreement again (F5)</source>
        <translation>Rilegge tutti i contratti (F5)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Richiesto</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>In &amp;sospeso</translation>
    </message>
    <message>
        <source>E&amp;xpired links</source>
        <translation>&amp;Link scaduti</translation>
    </message>
    <message>
        <source>Ready to &amp;create</source>
        <translation>Pronto da &amp;creare</translation>
    </message>
    <message>
        <source>C&amp;ompliant</source>
        <translation>C&amp;onforme</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln agreement(s)</source>
        <translation>
            <numerusform>%1: %Ln contratto</numerusform>
            <numerusform>%1: %Ln contratti</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Tutti</translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln agreement(s)</source>
        <translation>
            <numerusform>Tutti: %Ln contratto</numerusform>
            <numerusform>Tutti: %Ln contratti</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Caricamento di %1 su %2</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Caricamento dei contratti…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>Visualizzati %1 su %Ln contratto</numerusform>
            <numerusform>Visualizzati %1 su %Ln contratti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln contratto</numerusform>
            <numerusform>%Ln contratti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agreement count · what the last refresh came to</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refresh &amp;status (%L1)</source>
        <translation>A&amp;ggiorna stato (%L1)</translation>
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
        <translation>non definito</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Tipo di offerta</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentuale</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Example price</source>
        <translation>Prezzo di esempio</translation>
    </message>
    <message>
        <source>What this rule makes of a price of %1</source>
        <translation>Risultato di questa regola per un prezzo di %1</translation>
    </message>
    <message>
        <source>What each rule makes of a price of %1</source>
        <translation>Risultato di ogni regola per un prezzo di %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The whole window changes at once. Dates and numbers follow the language too.</source>
        <translation>L&apos;intera finestra cambia subito. Anche date e numeri seguono la lingua.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificati CA aggiuntivi</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificati &amp;CA aggiuntivi:</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting company proxy</source>
        <translation>File PEM, per un proxy aziendale che ispeziona il TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System proxy (leave empty), or http://proxy.example.com:3128</source>
        <translation>Proxy di sistema (lascia vuoto) oppure http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Network settings apply from the next sign-in.</source>
        <translation>Le impostazioni di rete valgono dal prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Direct customers only</source>
        <translation>Solo clienti diretti</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Nessun portachiavi disponibile.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not read or saved in this session: %1 is not a regular file.</source>
        <translation>Le impostazioni non vengono lette né salvate in questa sessione: %1 non è un file regolare.</translation>
    </message>
    <message>
        <source>Settings are not read or saved in this session: %1 is larger than %L2 MB.</source>
        <translation>Le impostazioni non vengono lette né salvate in questa sessione: %1 supera %L2 MB.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation>Accedi a CloudCockpit</translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation>Usa un Accesso API del tuo tenant oppure incolla un token di connessione. Nessun account a portata di mano? Prova la demo: avvia un tenant di prova su questo computer.</translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation>Dominio del te&amp;nant:</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Dominio del tenant</translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation>Il dominio che usi per raggiungere il portale CloudCockpit, ad es. portal.contoso.com</translation>
    </message>
    <message>
        <source>portal.contoso.com</source>
        <translation>portal.contoso.com</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>&amp;Token di connessione</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;ID client:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Se&amp;greto client:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segreto client</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token di connessione</translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation>eyJ0eXAiOiJKV1Qi…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>&amp;Ricorda su questo computer (nel portachiavi di sistema)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vanzate</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL dell&apos;API:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL dell&apos;API</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL del t&amp;oken:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Prova la demo</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation>Avvia un tenant di prova su questo computer e vi accede</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>A&amp;PI Access (client ID and secret)</source>
        <translation>Acc&amp;esso API (ID client e segreto)</translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Impossibile raggiungere il server. Controlla l&apos;indirizzo e la connessione di rete.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Impossibile stabilire la connessione sicura con il server.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>Il server ha rifiutato le credenziali. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Non hai l&apos;autorizzazione per farlo.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Il server non ha trovato ciò che è stato richiesto.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Alcuni campi richiedono attenzione.</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>Il server ha rifiutato i dati.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Il server è occupato. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Il server ha segnalato un errore (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation>Il server ha inviato una risposta che questa applicazione non comprende.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Stato HTTP: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo di errore: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID di correlazione: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Dettaglio: %1</translation>
    </message>
    <message>
        <source>Its answer could not be read.</source>
        <translation>Non è stato possibile leggere la risposta.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came.</source>
        <translation>La connessione si è chiusa prima che arrivasse la risposta.</translation>
    </message>
    <message>
        <source>The answer to this change was lost: it may or may not have been made.</source>
        <translation>La risposta a questa modifica è andata persa: la modifica potrebbe essere stata eseguita oppure no.</translation>
    </message>
    <message>
        <source>Outcome: unknown</source>
        <translation>Esito: sconosciuto</translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>certificato per %1, emesso da %2, valido dal %3 al %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation>L&apos;indirizzo non ha risposto come un endpoint dei token.</translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation>Il segreto client è stato rifiutato. Controllalo o creane uno nuovo.</translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation>Questo ID client non è noto al provider di identità.</translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation>Il provider di identità ha rifiutato l&apos;ambito dell&apos;API CloudCockpit.</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>Il provider di identità ha rifiutato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>L&apos;endpoint dei token ha risposto HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Nessuna risposta entro %n secondo.</numerusform>
            <numerusform>Nessuna risposta entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation>La connessione si è chiusa prima della risposta del server; la richiesta non è stata ripetuta perché il server potrebbe averla eseguita. Controlla prima di riprovare.</translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation>La risposta superava %1 e non è stata letta.</translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation>Usa un UUID come 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation>Inserisci il dominio che usi per raggiungere il portale, ad esempio portal.contoso.com.</translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation>Inserisci solo un nome di dominio, senza https:// né percorso.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation>Questo non è un token di connessione (un JWT ha tre parti separate da punti).</translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation>Questo token è scaduto il %1. Ottienine uno nuovo.</translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation>Il server ha rifiutato questo token.</translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation>Il server ha rifiutato il token emesso per questo client.</translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation>Queste credenziali non possono usare questo tenant.</translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation>Nessuna API CloudCockpit risponde a questo indirizzo.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>Il numero di pagina parte da 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La dimensione della pagina deve essere tra 1 e %1.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Scegli un&apos;istanza del fornitore.</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>un indirizzo non valido</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer was larger than %1 and was not read.</source>
        <translation>La risposta dell&apos;endpoint dei token superava %1 e non è stata letta.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint&apos;s own address.</source>
        <translation>L&apos;endpoint dei token ha reindirizzato a %1; il segreto client non viene mai inoltrato a un altro indirizzo. Inserisci l&apos;indirizzo dell&apos;endpoint dei token stesso.</translation>
    </message>
    <message>
        <source>It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.</source>
        <translation>Ha reindirizzato la modifica a %1; una modifica non viene mai inoltrata a un altro indirizzo, quindi lì non è stato inviato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>Ha reindirizzato la richiesta più di %n volta; l&apos;ultimo reindirizzamento puntava a %1.</numerusform>
            <numerusform>Ha reindirizzato la richiesta più di %n volte; l&apos;ultimo reindirizzamento puntava a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It redirected the request to %1, which is not the API&apos;s address; it was not followed, so that your credentials stay with the API.</source>
        <translation>Ha reindirizzato la richiesta a %1, che non è l&apos;indirizzo dell&apos;API; il reindirizzamento non è stato seguito, affinché le tue credenziali rimangano solo presso l&apos;API.</translation>
    </message>
    <message>
        <source>The token holds spaces, line breaks or other characters a bearer token cannot have.</source>
        <translation>Il token contiene spazi, interruzioni di riga o altri caratteri che un token di connessione non può avere.</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Scegli un&apos;istanza del fornitore Microsoft.</translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation>Inserisci un indirizzo completo, ad esempio https://api.cloudcockpit.com.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation>Sono consentiti solo indirizzi https:// (http semplice solo per questo computer).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Usa un indirizzo https://.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>Nessun portachiavi disponibile su questo computer (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accesso al portachiavi è stato negato.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Il portachiavi ha segnalato un errore: %1</translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation>Impossibile leggere il bundle di CA %1.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Il bundle di CA %1 non contiene certificati PEM.</translation>
    </message>
    <message>
        <source>Use a proxy address such as http://proxy.example.com:3128.</source>
        <translation>Usa un indirizzo proxy come http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>cc::OrderedPages</name>
    <message>
        <source>The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.</source>
        <translation>Il server indica %1 clienti o pagine, più dei %2 che un elenco legge al massimo; non è stato letto nulla oltre il limite.</translation>
    </message>
</context>
<context>
    <name>cc::ProfileStore</name>
    <message>
        <source>Profiles are not read or saved: %1 is not a regular file.</source>
        <translation>I profili non vengono letti né salvati: %1 non è un file regolare.</translation>
    </message>
    <message>
        <source>Profiles could not be read from %1.</source>
        <translation>Impossibile leggere i profili da %1.</translation>
    </message>
    <message>
        <source>Profiles are not read or saved: %1 is larger than %L2 KB.</source>
        <translation>I profili non vengono letti né salvati: %1 supera %L2 KB.</translation>
    </message>
    <message>
        <source>Profiles could not be saved to %1.</source>
        <translation>Impossibile salvare i profili in %1.</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is locked.</source>
        <translation>Impossibile salvare i profili: %1 è bloccato.</translation>
    </message>
</context>
<context>
    <name>cc::bulk</name>
    <message>
        <source>this row has %1 columns, the header %2.</source>
        <translation>questa riga ha %1 colonne, l&apos;intestazione %2.</translation>
    </message>
    <message>
        <source>empty: which customer is this row for?</source>
        <translation>vuoto: a quale cliente si riferisce questa riga?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer ID.</source>
        <translation>&apos;%1&apos; non è un ID cliente.</translation>
    </message>
    <message>
        <source>no customer has the ID %1.</source>
        <translation>nessun cliente ha l&apos;ID %1.</translation>
    </message>
    <message>
        <source>no customer has the domain &apos;%1&apos;.</source>
        <translation>nessun cliente ha il dominio &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no customer has the internal identifier &apos;%1&apos;.</source>
        <translation>nessun cliente ha l&apos;identificativo interno &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 customers match &apos;%2&apos;; use the customer ID.</source>
        <translation>%1 clienti corrispondono a &apos;%2&apos;; usa l&apos;ID cliente.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 è eliminato.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>%1 caratteri; al massimo %2.</translation>
    </message>
    <message>
        <source>holds a line break, a tab or another control character.</source>
        <translation>contiene un a capo, una tabulazione o un altro carattere di controllo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reseller ID.</source>
        <translation>&apos;%1&apos; non è un ID rivenditore.</translation>
    </message>
    <message>
        <source>%1 is not a customer of this reseller.</source>
        <translation>%1 non è un cliente di questo rivenditore.</translation>
    </message>
    <message>
        <source>row %1 already names this customer (%2).</source>
        <translation>la riga %1 indica già questo cliente (%2).</translation>
    </message>
    <message>
        <source>row %1 gives this customer (%2) another value, &apos;%3&apos;.</source>
        <translation>la riga %1 assegna a questo cliente (%2) un altro valore, &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; to another customer (%3).</source>
        <translation>la riga %1 assegna &apos;%2&apos; a un altro cliente (%3).</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;; give it another value in this file, or choose another.</source>
        <translation>%1 ha già &apos;%2&apos;; assegnagli un altro valore in questo file, oppure scegline un altro.</translation>
    </message>
    <message>
        <source>takes &apos;%1&apos; from row %2, which waits for this row in turn: the server refuses a value another customer still holds, so values cannot be swapped in one file. Move one of them to a temporary value first.</source>
        <translation>prende &apos;%1&apos; dalla riga %2, che a sua volta attende questa riga: il server rifiuta un valore che un altro cliente ha ancora, quindi i valori non possono essere scambiati in un solo file. Sposta prima uno dei due su un valore temporaneo.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Changed (answer lost, checked)</source>
        <translation>Modificato (risposta persa, verificato)</translation>
    </message>
    <message>
        <source>Not changed (answer lost, checked)</source>
        <translation>Non modificato (risposta persa, verificato)</translation>
    </message>
    <message>
        <source>Unknown (answer lost, check failed)</source>
        <translation>Sconosciuto (risposta persa, verifica non riuscita)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviato</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>not a results file of &apos;ccadmin internal-id import&apos;: its header is not %1.</source>
        <translation>non è un file di risultati di &apos;ccadmin internal-id import&apos;: la sua intestazione non è %1.</translation>
    </message>
</context>
<context>
    <name>cc::bulk::ImportRunner</name>
    <message>
        <source>Not sent: row %1, which frees this value, was not applied.</source>
        <translation>Non inviato: la riga %1, che libera questo valore, non è stata applicata.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>Non inviato: l&apos;importazione è stata interrotta.</translation>
    </message>
    <message>
        <source>The answer was lost and reading the customer back failed too (%1); look at the customer before you send this row again.</source>
        <translation>La risposta è andata persa e anche la rilettura del cliente non è riuscita (%1); controlla il cliente prima di inviare di nuovo questa riga.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the server has the new value.</source>
        <translation>La risposta è andata persa; dalla rilettura risulta che il server ha il nuovo valore.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the change was not made. Sending this row again is safe.</source>
        <translation>La risposta è andata persa; dalla rilettura risulta che la modifica non è stata apportata. Inviare di nuovo questa riga è sicuro.</translation>
    </message>
</context>
<context>
    <name>cc::csv</name>
    <message>
        <source>The file is larger than %1, the most that is read.</source>
        <translation>Il file supera %1, il massimo che viene letto.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Il testo non è in UTF-8; salva il file come &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>Più di %1 colonne.</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>Più di %1 righe.</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Testo dopo le virgolette di chiusura; le virgolette all&apos;interno di un campo tra virgolette si scrivono due volte (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed.</source>
        <translation>Le virgolette aperte in questa riga non vengono mai chiuse.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Al massimo %n carattere.</numerusform>
            <numerusform>Al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation>Inserisci il nome completo, non un&apos;iniziale.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Inserisci un indirizzo email come nome@esempio.it.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>Usa solo cifre, spazi, +, - e parentesi.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation>Questa regola richiede una percentuale inferiore a 100.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation>Questa regola richiede una percentuale inferiore a 200.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>Il numero di pagina parte da 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La dimensione della pagina deve essere tra 1 e %1.</translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation>Usa lettere, cifre e trattini, ad esempio contoso o contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation>Obbligatorio se il contratto è stato accettato.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La data non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation>Usa un nome di cultura come it-IT.</translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation>Usa un codice di lingua come it.</translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation>L&apos;ID partner (MPN ID) contiene solo cifre.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Scegli un&apos;istanza del fornitore.</translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation>Questo tipo di offerta ha già un margine.</translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation>I dati del cliente Microsoft mancano o non sono JSON valido.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>JSON non valido: %1 (al carattere %2).</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Scegli un&apos;istanza del fornitore Microsoft.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 999.</source>
        <translation>Inserisci una percentuale da 0 a 999.</translation>
    </message>
    <message>
        <source>Choose the provider instance of the customer&apos;s relationship.</source>
        <translation>Scegli l&apos;istanza del fornitore della relazione del cliente.</translation>
    </message>
    <message>
        <source>Compliant agreements are excluded: choose another status, or include them.</source>
        <translation>I contratti conformi sono esclusi: scegli un altro stato oppure includili.</translation>
    </message>
    <message>
        <source>This provider instance does not sell this offer type.</source>
        <translation>Questa istanza del fornitore non vende questo tipo di offerta.</translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation>Indirizzo dell&apos;API (CLOUDCOCKPIT_API_URL; predefinito https://api.cloudcockpit.com).</translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation>Dominio del portale del tenant, inviato come X-Tenant (CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation>Token di connessione (CLOUDCOCKPIT_TOKEN).</translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation>ID client dell&apos;Accesso API (CLOUDCOCKPIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation>Segreto client dell&apos;Accesso API (CLOUDCOCKPIT_CLIENT_SECRET); visibile agli altri utenti sulla riga di comando.</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>Legge il segreto client da FILE.</translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation>Endpoint dei token OAuth (CLOUDCOCKPIT_TOKEN_URL).</translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation>X-Correlation-Id da inviare al posto di uno nuovo.</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>Timeout di trasferimento in secondi (predefinito 30).</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Formato di output: text, json o csv.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Testo da cercare.</translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation>Campo di ricerca: name, domain, internal-id o provider-customer-id.</translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation>ID del rivenditore.</translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation>Escludi i clienti eliminati.</translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation>Ordina per nome dell&apos;azienda, dalla Z alla A.</translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation>Clienti per pagina, da 1 a 2000 (predefinito 100; 2000 con --all).</translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation>Recupera tutte le pagine.</translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation>ID dell&apos;istanza del fornitore.</translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation>Data del contratto.</translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation>Usa il contatto principale del cliente per il contratto.</translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation>Nome del contatto.</translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation>Cognome del contatto.</translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation>Email del contatto.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Telefono del contatto.</translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation>Margine di prezzo in percentuale.</translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>Markup, Margin, SplitMargin o ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation>Margine per un tipo di offerta (ripetibile).</translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation>Dati del cliente presso il fornitore (oggetto JSON).</translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation>Porta dell&apos;ambiente di prova (0: qualsiasi porta libera).</translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation>Numero di clienti dell&apos;ambiente di prova, da 0 a 100000.</translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation>Seme dei dati dell&apos;ambiente di prova.</translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation>Guasto da iniettare nell&apos;ambiente di prova (ripetibile; vedi il README).</translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation>Riga di comando per l&apos;API CSP di CloudCockpit: clienti, link della relazione, identificativi interni, Contratti cliente Microsoft, istanze del fornitore.</translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation>Prova &apos;ccadmin --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation>comando sconosciuto &apos;%1&apos;. Comandi: %2</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>l&apos;opzione --%1 non si applica a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation>--format deve essere text, json o csv.</translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation>obbligatorio (--tenant o CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation>usa un numero di secondi tra 0 e 3600.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation>&apos;%1&apos; non è un UUID.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation>avviso: un token sulla riga di comando è visibile agli altri utenti di questo computer; meglio CLOUDCOCKPIT_TOKEN.</translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>avviso: un segreto client sulla riga di comando è visibile agli altri utenti di questo computer; meglio CLOUDCOCKPIT_CLIENT_SECRET o --client-secret-file.</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>impossibile leggere %1.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>Segreto client per %1: </translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation>obbligatorio con --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file o una richiesta).</translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation>uso: ccadmin customers show CUSTOMER_ID</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obbligatorio.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</source>
        <translation>uso: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</source>
        <translation>uso: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</translation>
    </message>
    <message>
        <source>empty; use &apos;internal-id clear&apos; to remove the identifier.</source>
        <translation>vuoto; usa &apos;internal-id clear&apos; per rimuovere l&apos;identificativo.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation>uso: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation>usa --keep-primary oppure le opzioni del contatto, non entrambi.</translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation>uso: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>obbligatorio: Markup, Margin, SplitMargin o ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>&apos;%1&apos; non è una regola di margine: usa Markup, Margin, SplitMargin o ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>JSON non valido: %1 al carattere %2.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>usa un numero intero da %1 a %2.</translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation>l&apos;ambiente di prova non è riuscito ad ascoltare: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>ID interno</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>%1 of %2 customer(s)</source>
        <translation>%1 su %2 cliente/i</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificativo interno</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Rivenditore</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation>Istanza del fornitore %1</translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation>  ID del cliente</translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation>  Margine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation>&apos;%1&apos; non è un numero (usa il punto per i decimali, ad es. 12.5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; non è una data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation>&apos;%1&apos; non è un UUID (ad es. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation>&apos;%1&apos; non è un campo di ricerca: usa name, domain, internal-id o provider-customer-id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation>&apos;%1&apos; non è nella forma TYPE=PERCENT[:RULE], ad es. License=12.5:Markup.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation>&apos;%1&apos; non è un tipo di offerta: usa uno tra %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this option reads.</source>
        <translation>%1 supera %2, il massimo che questa opzione legge.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>avviso: il server ha inviato %n cliente più di una volta; è stato mostrato una sola volta.</numerusform>
            <numerusform>avviso: il server ha inviato %n clienti più di una volta; ciascuno è stato mostrato una sola volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>the relationship link is not an https address; it is not printed.</source>
        <translation>il link della relazione non è un indirizzo https; non viene mostrato.</translation>
    </message>
    <message>
        <source>One of the commands below; &apos;ccadmin COMMAND --help&apos; shows its usage and options.</source>
        <translation>Uno dei comandi seguenti; &apos;ccadmin COMMAND --help&apos; ne mostra l&apos;uso e le opzioni.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no operands.</source>
        <translation>&apos;%1&apos; non accetta operandi.</translation>
    </message>
    <message>
        <source>List customers: one page, or every page with --all.</source>
        <translation>Elenca i clienti: una pagina, o tutte le pagine con --all.</translation>
    </message>
    <message>
        <source>Show a customer, with its margins in each provider instance.</source>
        <translation>Mostra un cliente, con i suoi margini in ogni istanza del fornitore.</translation>
    </message>
    <message>
        <source>List the provider instances.</source>
        <translation>Elenca le istanze del fornitore.</translation>
    </message>
    <message>
        <source>Print the relationship acceptance link of a provider instance.</source>
        <translation>Stampa il link di accettazione della relazione di un&apos;istanza del fornitore.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s internal identifier.</source>
        <translation>Imposta l&apos;identificativo interno di un cliente.</translation>
    </message>
    <message>
        <source>Remove a customer&apos;s internal identifier.</source>
        <translation>Rimuovi l&apos;identificativo interno di un cliente.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s Microsoft Customer Agreement.</source>
        <translation>Registra il Contratto cliente Microsoft di un cliente.</translation>
    </message>
    <message>
        <source>Add a customer to another provider instance, with a margin.</source>
        <translation>Aggiungi un cliente a un&apos;altra istanza del fornitore, con un margine.</translation>
    </message>
    <message>
        <source>Serve a local sandbox of the API until interrupted; print its credentials.</source>
        <translation>Avvia un ambiente di prova locale dell&apos;API fino all&apos;interruzione; stampa le sue credenziali.</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back to see whether the change was made…</source>
        <translation>ccadmin: rilettura del cliente per verificare se la modifica è stata apportata…</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back failed too (%1); look at the customer before you run the command again.</source>
        <translation>ccadmin: anche la rilettura del cliente non è riuscita (%1); controlla il cliente prima di eseguire di nuovo il comando.</translation>
    </message>
    <message>
        <source>ccadmin: the server has the change; only its answer was lost.</source>
        <translation>ccadmin: il server ha la modifica; è andata persa solo la sua risposta.</translation>
    </message>
    <message>
        <source>ccadmin: the change was not made; running the command again is safe.</source>
        <translation>ccadmin: la modifica non è stata apportata; puoi eseguire di nuovo il comando senza rischi.</translation>
    </message>
    <message>
        <source>required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see &apos;ccadmin login&apos;).</source>
        <translation>obbligatorio (--tenant, CLOUDCOCKPIT_TENANT o un profilo: vedi &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see &apos;ccadmin login&apos;).</source>
        <translation>obbligatorio: --token (CLOUDCOCKPIT_TOKEN), --client-id con un segreto, o un profilo (vedi &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>Profile saved by &apos;ccadmin login&apos; or the window (CLOUDCOCKPIT_PROFILE; default: the default profile when no tenant is given). Options and environment variables override its settings.</source>
        <translation>Profilo salvato da &apos;ccadmin login&apos; o dalla finestra (CLOUDCOCKPIT_PROFILE; predefinito: il profilo predefinito se non è indicato alcun tenant). Opzioni e variabili d&apos;ambiente prevalgono sulle sue impostazioni.</translation>
    </message>
    <message>
        <source>Read a bearer token from stdin instead of client credentials.</source>
        <translation>Legge un token di connessione da stdin invece delle credenziali client.</translation>
    </message>
    <message>
        <source>usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</source>
        <translation>uso: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</translation>
    </message>
    <message>
        <source>Sign in once and save a profile: the secret in the system keychain, the rest in a settings file.</source>
        <translation>Accede una volta e salva un profilo: il segreto nel portachiavi di sistema, il resto in un file di impostazioni.</translation>
    </message>
    <message>
        <source>usage: ccadmin logout [--profile NAME]</source>
        <translation>uso: ccadmin logout [--profile NAME]</translation>
    </message>
    <message>
        <source>Remove a profile and its secret (--profile, else the default one).</source>
        <translation>Rimuove un profilo e il suo segreto (--profile, altrimenti quello predefinito).</translation>
    </message>
    <message>
        <source>List the profiles: the default one, role and expiry of the last token.</source>
        <translation>Elenca i profili: quello predefinito, ruolo e scadenza dell&apos;ultimo token.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <source>Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use --client-secret-file.</source>
        <translation>Senza portachiavi, fornisci le credenziali nell&apos;ambiente (CLOUDCOCKPIT_TENANT con CLOUDCOCKPIT_CLIENT_ID e CLOUDCOCKPIT_CLIENT_SECRET, oppure CLOUDCOCKPIT_TOKEN) o usa --client-secret-file.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; makes it).</source>
        <translation>il profilo &apos;%1&apos; non esiste (vedi &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; lo crea).</translation>
    </message>
    <message>
        <source>the keychain holds none for profile &apos;%1&apos;; run &apos;ccadmin login --profile %1&apos;.</source>
        <translation>il portachiavi non ne contiene per il profilo &apos;%1&apos;; esegui &apos;ccadmin login --profile %1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile name: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; non è un nome di profilo: lettere, cifre, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Nessun terminale su cui chiedere.</translation>
    </message>
    <message>
        <source>Tenant domain (e.g. portal.contoso.com): </source>
        <translation>Dominio del tenant (ad es. portal.contoso.com): </translation>
    </message>
    <message>
        <source>more than %1 on stdin; a token is much shorter.</source>
        <translation>più di %1 su stdin; un token è molto più corto.</translation>
    </message>
    <message>
        <source>nothing on stdin.</source>
        <translation>niente su stdin.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer --token-stdin.</source>
        <translation>avviso: un token sulla riga di comando è visibile agli altri utenti di questo computer; meglio --token-stdin.</translation>
    </message>
    <message>
        <source>API Access client ID (leave empty to paste a bearer token instead): </source>
        <translation>ID client di API Access (lascia vuoto per incollare invece un token di connessione): </translation>
    </message>
    <message>
        <source>Bearer token: </source>
        <translation>Token di connessione: </translation>
    </message>
    <message>
        <source>required (--client-id, CLOUDCOCKPIT_CLIENT_ID, or a token with --token-stdin).</source>
        <translation>obbligatorio (--client-id, CLOUDCOCKPIT_CLIENT_ID, o un token con --token-stdin).</translation>
    </message>
    <message>
        <source>required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).</source>
        <translation>obbligatorio (--client-secret-file o CLOUDCOCKPIT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>these settings cannot be kept as a profile.</source>
        <translation>queste impostazioni non possono essere salvate come profilo.</translation>
    </message>
    <message>
        <source>the secret could not be kept in the system keychain: %1</source>
        <translation>impossibile salvare il segreto nel portachiavi di sistema: %1</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Profile &apos;%3&apos; saved; its secret is in the system keychain.</source>
        <translation>Accesso a %1 effettuato come %2. Profilo &apos;%3&apos; salvato; il suo segreto è nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>ruolo sconosciuto</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>È il profilo predefinito.</translation>
    </message>
    <message>
        <source>no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.</source>
        <translation>nessun profilo indicato (--profile o CLOUDCOCKPIT_PROFILE) e nessun profilo predefinito.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;).</source>
        <translation>il profilo &apos;%1&apos; non esiste (vedi &apos;ccadmin profiles&apos;).</translation>
    </message>
    <message>
        <source>Signed out: profile &apos;%1&apos; and its secret are removed.</source>
        <translation>Disconnessione effettuata: il profilo &apos;%1&apos; e il suo segreto sono stati rimossi.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is kept; run &apos;ccadmin logout&apos; again when the keychain is available.</source>
        <translation>Il profilo &apos;%1&apos; viene mantenuto; esegui di nuovo &apos;ccadmin logout&apos; quando il portachiavi è disponibile.</translation>
    </message>
    <message>
        <source>No profiles yet: &apos;ccadmin login&apos; makes one, and so does signing in with the window.</source>
        <translation>Ancora nessun profilo: &apos;ccadmin login&apos; ne crea uno, così come l&apos;accesso dalla finestra.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>TENANT</translation>
    </message>
    <message>
        <source>SIGNS IN WITH</source>
        <translation>ACCESSO CON</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RUOLO</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>SCADENZA TOKEN</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Attestation status: required, linkgenerated, linkexpired, customeraccepted or agreementcreated.</source>
        <translation>Stato di attestazione: required, linkgenerated, linkexpired, customeraccepted o agreementcreated.</translation>
    </message>
    <message>
        <source>Leave out agreements already created (compliant).</source>
        <translation>Escludi i contratti già creati (conformi).</translation>
    </message>
    <message>
        <source>Check and print the changes; send nothing.</source>
        <translation>Verifica e stampa le modifiche; non invia nulla.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 6).</source>
        <translation>Richieste in corso contemporaneamente, da 1 a 64 (predefinito 6).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to FILE as CSV (default: standard output).</source>
        <translation>Scrive l&apos;esito di ogni riga in FILE come CSV (predefinito: output standard).</translation>
    </message>
    <message>
        <source>Skip the rows an earlier results FILE shows as done.</source>
        <translation>Salta le righe che un FILE di risultati precedente indica come completate.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</source>
        <translation>uso: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</translation>
    </message>
    <message>
        <source>Set many internal identifiers from a CSV file, checked first.</source>
        <translation>Imposta molti identificativi interni da un file CSV, verificato prima.</translation>
    </message>
    <message>
        <source>List the resellers (csp only).</source>
        <translation>Elenca i rivenditori (solo csp).</translation>
    </message>
    <message>
        <source>usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</source>
        <translation>uso: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</translation>
    </message>
    <message>
        <source>Replace a customer&apos;s margins in a provider instance; offer types left out lose their own.</source>
        <translation>Sostituisce i margini di un cliente in un&apos;istanza del fornitore; i tipi di offerta omessi perdono i propri.</translation>
    </message>
    <message>
        <source>List Microsoft Customer Agreement statuses: one page, or every page with --all.</source>
        <translation>Elenca gli stati del Contratto cliente Microsoft: una pagina, o tutte le pagine con --all.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID</source>
        <translation>uso: ccadmin mca show CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Show a customer&apos;s Microsoft Customer Agreement status in a Microsoft provider instance.</source>
        <translation>Mostra lo stato del Contratto cliente Microsoft di un cliente in un&apos;istanza del fornitore Microsoft.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</source>
        <translation>uso: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Ask Microsoft for a customer&apos;s agreement status, then show it.</source>
        <translation>Chiede a Microsoft lo stato del contratto di un cliente, poi lo mostra.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID cliente</translation>
    </message>
    <message>
        <source>current internal identifier</source>
        <translation>identificativo interno attuale</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>use a whole number from 1 to 64.</source>
        <translation>usa un numero intero da 1 a 64.</translation>
    </message>
    <message>
        <source>cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer (customer ID, internal identifier or domain) and one with the new value (new internal identifier); a reseller column is optional.</source>
        <translation>impossibile distinguere le colonne di %1: ne ha %2. Serve una colonna che indichi il cliente (ID cliente, identificativo interno o dominio) e una con il nuovo valore (nuovo identificativo interno); una colonna rivenditore è facoltativa.</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>nessuna intestazione</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>impossibile scrivere %1.</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>ccadmin: %n problema in %1; non è stato inviato nulla.</numerusform>
            <numerusform>ccadmin: %n problemi in %1; non è stato inviato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).</source>
        <translation>ccadmin: %1 righe verificate rispetto a %2 clienti in %3 ms (chiave: %4).</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>invariato (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cancellato</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificato</numerusform>
            <numerusform>%n modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cancellato</numerusform>
            <numerusform>%n cancellati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent (--dry-run).</source>
        <translation>non è stato inviato nulla (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>ccadmin: %n riga completata nell&apos;esecuzione precedente non viene inviata di nuovo.</numerusform>
            <numerusform>ccadmin: %n righe completate nell&apos;esecuzione precedente non vengono inviate di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 in flight</source>
        <translation>%1 di %2 inviati, %3 in corso</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>ccadmin: arresto in corso: non vengono inviate nuove righe; in attesa di %n riga in corso.</numerusform>
            <numerusform>ccadmin: arresto in corso: non vengono inviate nuove righe; in attesa delle %n righe in corso.</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>diretto</translation>
    </message>
    <message>
        <source>warning: reseller names could not be read (%1); their IDs are shown.</source>
        <translation>avviso: impossibile leggere i nomi dei rivenditori (%1); vengono mostrati i loro ID.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>avviso: il server ha inviato %n rivenditore più di una volta; è stato mostrato una sola volta.</numerusform>
            <numerusform>avviso: il server ha inviato %n rivenditori più di una volta; ciascuno è stato mostrato una sola volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use one of %2.</source>
        <translation>&apos;%1&apos; non è uno stato: usa uno tra %2.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>avviso: il server ha inviato %n contratto più di una volta; è stato mostrato una sola volta.</numerusform>
            <numerusform>avviso: il server ha inviato %n contratti più di una volta; ciascuno è stato mostrato una sola volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: reading the agreement back; it shows the status the server has now.</source>
        <translation>ccadmin: rilettura del contratto; mostra lo stato che il server ha ora.</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>accettato il %1</translation>
    </message>
    <message>
        <source>link expires %1</source>
        <translation>il link scade il %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n rivenditore</numerusform>
            <numerusform>%n rivenditori</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID cliente</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Istanza del fornitore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation>%1 di %2 contratti</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Tenant Microsoft</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudCockpit Admin: manage CSP customers.</source>
        <translation>CloudCockpit Admin: gestisci i clienti CSP.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation>Avvia l&apos;ambiente di prova integrato e accedi.</translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation>Numero di clienti nel tenant della demo (da 0 a 100000).</translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation>Esci non appena vengono mostrati i primi clienti (benchmark).</translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation>Inietta un guasto nell&apos;ambiente di prova della demo (ripetibile): ROUTE:KIND[:ARG][@RATE].</translation>
    </message>
    <message>
        <source>The unsaved %1 for %2 could not be reopened and is kept for later: %3 (correlation ID %4)</source>
        <translation>Non è stato possibile riaprire il modulo non salvato per %2 (%1), che resta conservato per dopo: %3 (ID di correlazione %4)</translation>
    </message>
</context>
</TS>
