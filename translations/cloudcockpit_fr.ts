<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>Add provider instance — %1</source>
        <translation>Ajouter une instance de fournisseur — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instance de &amp;fournisseur :</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instance de fournisseur</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation>contoso (devient contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation>Séparées par des virgules, p. ex. Education</translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation>Domaine Microsoft</translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation>E-mail des identifiants</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Da&amp;te du contrat :</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>C&amp;ulture :</translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation>Culture par défaut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;ID du partenaire :</translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation>ID du partenaire associé</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifications :</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation>Données du client chez le fournisseur (JSON)</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>Marge de pri&amp;x :</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Pourcentage de la marge de prix</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Règle de marge</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Marges par type d&apos;offre</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Laissez vide pour appliquer la marge de prix à tous les types d&apos;offre</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Supprimer la li&amp;gne</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Marges par t&amp;ype d&apos;offre :</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Tous les types d&apos;offre de cette instance ont déjà une marge.</translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation>Ce client est déjà dans toutes les instances de fournisseur.</translation>
    </message>
    <message>
        <source>The customer a&amp;ccepted the Microsoft Customer Agreement</source>
        <translation>Le client a &amp;accepté le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>&amp;Conserver les informations du contact principal</translation>
    </message>
    <message>
        <source>Ena&amp;ble GDAP</source>
        <translation>Acti&amp;ver GDAP</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Supprime la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Aucune ligne : la marge de prix s&apos;applique à tous les types d&apos;offre.</translation>
    </message>
    <message>
        <source>Microsoft customer data</source>
        <translation>Données du client chez Microsoft</translation>
    </message>
    <message>
        <source>admin@contoso.com</source>
        <translation>admin@contoso.com</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567</source>
        <translation>Chiffres uniquement, p. ex. 1234567</translation>
    </message>
    <message>
        <source>Domai&amp;n:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>&amp;Admin email:</source>
        <translation>E-mail de l&apos;admini&amp;strateur :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Provider customer data</source>
        <translation>Données du client chez le fournisseur</translation>
    </message>
    <message>
        <source>Customer data as a &amp;JSON object (may be empty):</source>
        <translation>Données du &amp;client sous forme d&apos;objet JSON (peut être vide) :</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>Choose a provider instance first.</source>
        <translation>Choisissez d&apos;abord une instance de fournisseur.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
</context>
<context>
    <name>AddProviderInstanceForm</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON non valide : %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;AccountId&quot;: &quot;1234&quot;}.</source>
        <translation>Saisissez un objet JSON, par exemple {&quot;AccountId&quot;: &quot;1234&quot;}.</translation>
    </message>
    <message>
        <source>Enter a percentage from %L1 to %L2.</source>
        <translation>Saisissez un pourcentage de %L1 à %L2.</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>%1 ajouté à %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Copier les &amp;détails</translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation>Copie l&apos;erreur, son statut et l&apos;ID de corrélation pour le support</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation : %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship lin&amp;k…</source>
        <translation>Copier le &amp;lien de relation…</translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation>Obtient le lien que le client ouvre pour accepter la relation</translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation>Modifier l&apos;&amp;identifiant interne…</translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation>Contrat client &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation>Ajouter une i&amp;nstance de fournisseur…</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Sélectionnez un client pour voir ses détails.</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Ce client est supprimé.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identifiant interne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation>Directe (CSP)</translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation>Revendeur %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>Instances de fournisseur (%n)</numerusform>
            <numerusform>Instances de fournisseur (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation>N&apos;est encore dans aucune instance de fournisseur.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation>ID du client chez le fournisseur : %1</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>(pas encore créé)</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Marge : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The customer is deleted: the server accepts no changes to it.</source>
        <translation>Le client est supprimé : le serveur n&apos;accepte aucune modification de ce client.</translation>
    </message>
    <message>
        <source>The selected customer is not in the list any more. Select a customer to see its details.</source>
        <translation>Le client sélectionné n&apos;est plus dans la liste. Sélectionnez un client pour voir ses détails.</translation>
    </message>
    <message>
        <source>Refresh MCA stat&amp;us</source>
        <translation>Act&amp;ualiser l&apos;état MCA</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the customer&apos;s Microsoft Customer Agreement</source>
        <translation>Demande à Microsoft l&apos;état actuel du Contrat client Microsoft du client</translation>
    </message>
    <message>
        <source>Edit mar&amp;gins…</source>
        <translation>Modifier les mar&amp;ges…</translation>
    </message>
    <message>
        <source>Changes the price margins of the customer in a provider instance</source>
        <translation>Modifie les marges de prix du client dans une instance de fournisseur</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement: %1</source>
        <translation>Contrat client Microsoft : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signatory name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signatory: %1</source>
        <translation>Signataire : %1</translation>
    </message>
    <message>
        <source>Acceptance link expires: %1</source>
        <translation>Expiration du lien d&apos;acceptation : %1</translation>
    </message>
    <message>
        <source>Acceptance link expired: %1</source>
        <translation>Lien d&apos;acceptation expiré : %1</translation>
    </message>
    <message>
        <source>Agreement date: %1</source>
        <translation>Date du contrat : %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué : %1</translation>
    </message>
    <message>
        <source>The customer is not in any provider instance yet: there are no margins to change.</source>
        <translation>Le client n&apos;est encore dans aucune instance de fournisseur : il n&apos;y a aucune marge à modifier.</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>ID du revendeur</translation>
    </message>
    <message>
        <source>Edit margins</source>
        <translation>Modifier les marges</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation>Directe</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>ID interne</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Ce client est supprimé.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a cell&apos;s column header, the row&apos;s company</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider instance: MCA status</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>État MCA</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Choisir dans un calendrier (F4)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Markup</source>
        <translation>Majoration</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation>Marge partagée</translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation>Prix ERP moins remise</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>License (legacy)</source>
        <translation>Licence (héritée)</translation>
    </message>
    <message>
        <source>Software subscription</source>
        <translation>Abonnement logiciel</translation>
    </message>
    <message>
        <source>Perpetual software</source>
        <translation>Logiciel perpétuel</translation>
    </message>
    <message>
        <source>Azure plan</source>
        <translation>Plan Azure</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Réservation Azure</translation>
    </message>
    <message>
        <source>Azure (legacy)</source>
        <translation>Azure (hérité)</translation>
    </message>
    <message>
        <source>Azure savings plan</source>
        <translation>Plan d&apos;économies Azure</translation>
    </message>
    <message>
        <source>MCA required</source>
        <translation>MCA requis</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Lien expiré</translation>
    </message>
    <message>
        <source>Ready to create agreement</source>
        <translation>Prêt pour la création du contrat</translation>
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
        <translation>identifiant interne</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>provider instance</source>
        <translation>instance de fournisseur</translation>
    </message>
    <message>
        <source>margins</source>
        <translation>marges</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Internal identifier</source>
        <translation>Identifiant interne</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Add provider instance</source>
        <translation>Ajouter une instance de fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>%n formulaire non enregistré peut être rouvert. Restaurez-le, abandonnez-le si vous n&apos;en avez plus besoin ou décidez plus tard : il est conservé jusqu&apos;à ce que vous l&apos;enregistriez ou l&apos;abandonniez.</numerusform>
            <numerusform>%n formulaires non enregistrés peuvent être rouverts. Restaurez-en un, abandonnez ceux dont vous n&apos;avez plus besoin ou décidez plus tard : ils sont conservés jusqu&apos;à ce que vous les enregistriez ou les abandonniez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Formulaires non enregistrés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation>&amp;Tout abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Certaines modifications ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Enregistrer (%n problème)</numerusform>
            <numerusform>&amp;Enregistrer (%n problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation>Ce que vous aviez saisi le %1 sans l&apos;enregistrer a été restauré.</translation>
    </message>
    <message>
        <source>Your session has ended. Close this form and sign in again: when you open it again, everything you typed is still here.</source>
        <translation>Votre session a pris fin. Fermez ce formulaire et reconnectez-vous : quand vous le rouvrirez, tout ce que vous avez saisi sera toujours là.</translation>
    </message>
    <message>
        <source>%1 Checking whether the server has the new value…</source>
        <translation>%1 Vérification que le serveur a la nouvelle valeur…</translation>
    </message>
    <message>
        <source>The server has the new value.</source>
        <translation>Le serveur a la nouvelle valeur.</translation>
    </message>
    <message>
        <source>The change was not made: the server does not have it. What you typed is still here, and saving again is safe. (Correlation ID: %1)</source>
        <translation>La modification n&apos;a pas été faite : le serveur ne l&apos;a pas. Ce que vous avez saisi est toujours là, et vous pouvez enregistrer à nouveau sans risque. (ID de corrélation : %1)</translation>
    </message>
    <message>
        <source>Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is still here; look at the customer before saving again.</source>
        <translation>La relecture du client a également échoué, le résultat reste donc inconnu : %1 Ce que vous avez saisi est toujours là ; consultez le client avant d&apos;enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>EditMarginsDialog</name>
    <message>
        <source>Margins — %1</source>
        <translation>Marges — %1</translation>
    </message>
    <message>
        <source>Provider instance:</source>
        <translation>Instance de fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Pourcentage de la marge de prix</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Règle de marge</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>Marge de pri&amp;x :</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Marges par type d&apos;offre</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Laissez vide pour appliquer la marge de prix à tous les types d&apos;offre</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Supprimer la li&amp;gne</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Supprime la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Aucune ligne : la marge de prix s&apos;applique à tous les types d&apos;offre.</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Marges par t&amp;ype d&apos;offre :</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>The offer types of this provider instance are not known yet.</source>
        <translation>Les types d&apos;offre de cette instance de fournisseur ne sont pas encore connus.</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Tous les types d&apos;offre de cette instance ont déjà une marge.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
</context>
<context>
    <name>EditMarginsForm</name>
    <message>
        <source>Margins of %1 in %2 saved.</source>
        <translation>Marges de %1 dans %2 enregistrées.</translation>
    </message>
</context>
<context>
    <name>FieldErrorBinder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>Not a date: enter it like %1.</source>
        <translation>Ce n&apos;est pas une date : saisissez-la comme %1.</translation>
    </message>
    <message>
        <source>The server has the new value (only its answer was lost). %1</source>
        <translation>Le serveur a la nouvelle valeur (seule sa réponse a été perdue). %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import internal identifiers</source>
        <translation>Importer des identifiants internes</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Current internal identifier</source>
        <translation>Identifiant interne actuel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Customer &amp;column:</source>
        <translation>&amp;Colonne du client :</translation>
    </message>
    <message>
        <source>&amp;New identifier column:</source>
        <translation>Colonne du &amp;nouvel identifiant :</translation>
    </message>
    <message>
        <source>&amp;Reseller column:</source>
        <translation>Colonne du &amp;revendeur :</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Aff&amp;icher :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>&amp;Enregistrer les résultats en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>Modifier l&apos;identifiant interne de %n client ?</numerusform>
            <numerusform>Modifier les identifiants internes de %n clients ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Enregistrer les résultats en CSV</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>Les résultats n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1 (correlation ID %2)</source>
        <translation>La liste des clients n&apos;a pas pu être lue : %1 (ID de corrélation %2)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisissez une colonne)</translation>
    </message>
    <message>
        <source>Choose a CSV file with a column naming each customer and one with its new identifier.</source>
        <translation>Choisissez un fichier CSV avec une colonne désignant chaque client et une autre avec son nouvel identifiant.</translation>
    </message>
    <message>
        <source>Choose the column that names the customer and the one with the new identifier.</source>
        <translation>Choisissez la colonne qui désigne le client et celle qui contient le nouvel identifiant.</translation>
    </message>
    <message>
        <source>Checking every row against the customer list…</source>
        <translation>Vérification de chaque ligne par rapport à la liste des clients…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>%n problème : rien ne peut être envoyé tant que le fichier n&apos;est pas corrigé.</numerusform>
            <numerusform>%n problèmes : rien ne peut être envoyé tant que le fichier n&apos;est pas corrigé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 cleared, %3 unchanged.</source>
        <translation>%1 modifié(s), %2 effacé(s), %3 inchangé(s).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Done. Each row&apos;s outcome is in the table.</source>
        <translation>Terminé. Le résultat de chaque ligne figure dans le tableau.</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>contient :</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Li&amp;gnes :</translation>
    </message>
</context>
<context>
    <name>InternalIdImportModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (inchangé)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1 : HTTP %2 %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Current identifier</source>
        <translation>Identifiant actuel</translation>
    </message>
    <message>
        <source>New identifier</source>
        <translation>Nouvel identifiant</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierDialog</name>
    <message>
        <source>Internal identifier — %1</source>
        <translation>Identifiant interne — %1</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identifiant interne</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation>Notre propre relation</translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation>La relation du revendeur (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <source>Empty: no internal identifier</source>
        <translation>Vide : aucun identifiant interne</translation>
    </message>
    <message>
        <source>Empties the internal identifier</source>
        <translation>Vide l&apos;identifiant interne</translation>
    </message>
    <message>
        <source>Clear the internal identifier?</source>
        <translation>Effacer l&apos;identifiant interne ?</translation>
    </message>
    <message>
        <source>The internal identifier of %1 will be removed.</source>
        <translation>L&apos;identifiant interne de %1 sera supprimé.</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierForm</name>
    <message>
        <source>Internal identifier of %1 cleared.</source>
        <translation>Identifiant interne de %1 effacé.</translation>
    </message>
    <message>
        <source>Internal identifier of %1 set to %2.</source>
        <translation>Identifiant interne de %1 défini sur %2.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation>Texte de l&apos;e-mail copié.</translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation>Lien de relation — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instance de &amp;fournisseur :</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instance de fournisseur</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Revendeur :</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>None — relationship with the CSP</source>
        <translation>Aucun — relation avec le CSP</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>&amp;Langue de l&apos;e-mail :</translation>
    </message>
    <message>
        <source>Email language</source>
        <translation>Langue de l&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation>&amp;Obtenir le lien</translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation>Lien d&apos;acceptation de la relation</translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation>Choisissez une instance et obtenez le lien</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation>Copier le texte de l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation>Obtention du lien…</translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation>Lien prêt.</translation>
    </message>
    <message>
        <source>Link opened in the browser.</source>
        <translation>Lien ouvert dans le navigateur.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez le lien et collez-le dans un navigateur.</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Bonjour,

Pour que nous puissions gérer les abonnements cloud de %1, ouvrez le lien ci-dessous en étant connecté en tant qu&apos;administrateur général de votre organisation et acceptez la relation :

%2

En l&apos;acceptant, vous faites de nous votre revendeur : nous pouvons acheter et gérer des abonnements et des licences pour vous. Cela ne nous donne aucun rôle d&apos;administrateur dans votre organisation ni aucun accès à vos données. Vous pouvez mettre fin à la relation à tout moment dans votre centre d&apos;administration Microsoft 365.

Cordialement</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller and also gives us delegated administration privileges: our administrators will be able to manage your organisation, its users, services and data, as a global administrator can. You can remove these privileges, or end the relationship, at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Bonjour,

Pour que nous puissions gérer les abonnements cloud de %1, ouvrez le lien ci-dessous en étant connecté en tant qu&apos;administrateur général de votre organisation et acceptez la relation :

%2

En l&apos;acceptant, vous faites de nous votre revendeur et vous nous accordez aussi des privilèges d&apos;administration déléguée : nos administrateurs pourront gérer votre organisation, ses utilisateurs, ses services et ses données, comme peut le faire un administrateur général. Vous pouvez retirer ces privilèges, ou mettre fin à la relation, à tout moment dans votre centre d&apos;administration Microsoft 365.

Cordialement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation>Le secret n&apos;a pas pu être enregistré dans le trousseau du système (%1). Il reste en mémoire jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation>CloudCockpit Admin</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identifiant interne</translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation>ID du client chez le fournisseur</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation>Rechercher sur le serveur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server search</source>
        <translation>Recherche sur le serveur</translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation>Filtrer instantanément les clients chargés</translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation>Filtre local</translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation>Inclure les su&amp;pprimés</translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation>&amp;Revendeur :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Reseller filter</source>
        <translation>Filtre de revendeur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation>Recharger les clients (F5)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation>Se &amp;déconnecter / changer de locataire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation>Copier le &amp;lien de relation</translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation>La démonstration n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>La démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation>La session a pris fin ou le serveur a refusé le jeton. Reconnectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>revendeur</translation>
    </message>
    <message>
        <source>CSP</source>
        <translation>CSP</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>rôle inconnu</translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation>le jeton se renouvelle automatiquement</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation>la session expire le %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Chargement de %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 sur %Ln client correspondent</numerusform>
            <numerusform>%1 sur %Ln clients correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship link for %1 copied.</source>
        <translation>Lien de relation de %1 copié.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Fit columns to the list</source>
        <translation>&amp;Ajuster les colonnes à la liste</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>company name of a deleted customer</comment>
        <translation>%1 (supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Nouvel essai dans %n s …</numerusform>
            <numerusform>Nouvel essai dans %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload failed</source>
        <translation>liste de %1 affichée — échec du rechargement</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload cancelled</source>
        <translation>liste de %1 affichée — rechargement annulé</translation>
    </message>
    <message>
        <source>incomplete — loading failed</source>
        <translation>incomplète — échec du chargement</translation>
    </message>
    <message>
        <source>incomplete — loading cancelled</source>
        <translation>incomplète — chargement annulé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer count · why the list is not current</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Cl&amp;ear the filter</source>
        <translation>E&amp;ffacer le filtre</translation>
    </message>
    <message>
        <source>No customers match “%1” on the server.</source>
        <translation>Aucun client ne correspond à « %1 » sur le serveur.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the search</source>
        <translation>E&amp;ffacer la recherche</translation>
    </message>
    <message>
        <source>The customers could not be loaded.</source>
        <translation>Les clients n&apos;ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Aucun client à afficher.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation : %1</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>&amp;Import internal identifiers…</source>
        <translation>&amp;Importer des identifiants internes…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>No direct customers in the list: every customer loaded has a reseller.</source>
        <translation>Aucun client direct dans la liste : chaque client chargé a un revendeur.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>La liste n&apos;a pas pu être exportée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n client exporté vers %1.</numerusform>
            <numerusform>%n clients exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Microsoft Customer Agreements…</source>
        <translation>Contrats client &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Searc&amp;h in:</source>
        <translation>Rec&amp;hercher dans :</translation>
    </message>
    <message>
        <source>Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, in any order. Put a phrase in double quotes to find it as written.</source>
        <translation>Affiche les clients chargés dont le nom, le domaine, l&apos;identifiant, le revendeur, la ville ou l&apos;e-mail contiennent tous les mots saisis, dans n&apos;importe quel ordre. Mettez une expression entre guillemets doubles pour la trouver telle quelle.</translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>&amp;Conserver les informations du contact principal</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation>Contrat client Microsoft — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instance de &amp;fournisseur :</translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation>Instance de fournisseur Microsoft</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation>Ce client n&apos;est encore dans aucune instance de fournisseur Microsoft : ajoutez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>When on, the agreement uses the customer&apos;s primary contact shown below</source>
        <translation>Si cette option est cochée, le contrat utilise le contact principal du client affiché ci-dessous</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>D&amp;ate du contrat :</translation>
    </message>
</context>
<context>
    <name>McaForm</name>
    <message>
        <source>Microsoft Customer Agreement of %1 recorded, accepted on %2.</source>
        <translation>Contrat client Microsoft de %1 enregistré, accepté le %2.</translation>
    </message>
</context>
<context>
    <name>McaListModel</name>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Expired links</source>
        <translation>Liens expirés</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>Prêt à créer</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>No acceptance link has been generated for the customer yet.</source>
        <translation>Aucun lien d&apos;acceptation n&apos;a encore été généré pour le client.</translation>
    </message>
    <message>
        <source>The customer has an acceptance link and has not accepted yet.</source>
        <translation>Le client a un lien d&apos;acceptation et n&apos;a pas encore accepté.</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance link expired before they accepted.</source>
        <translation>Le lien d&apos;acceptation du client a expiré avant qu&apos;il ait accepté.</translation>
    </message>
    <message>
        <source>The customer accepted: the agreement can be recorded.</source>
        <translation>Le client a accepté : le contrat peut être enregistré.</translation>
    </message>
    <message>
        <source>The agreement is in place.</source>
        <translation>Le contrat est en place.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <source>Link expires %1</source>
        <translation>Le lien expire le %1</translation>
    </message>
    <message>
        <source>Link expired %1</source>
        <translation>Lien expiré le %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Accepté le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory email, phone</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation : %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instance de fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>État actualisé pour %Ln contrat.</numerusform>
            <numerusform>État actualisé pour %Ln contrats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>État actualisé pour %1, échec pour %Ln contrat : voir la colonne Actualisation.</numerusform>
            <numerusform>État actualisé pour %1, échec pour %Ln contrats : voir la colonne Actualisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Customer Agreements</source>
        <translation>Contrats client Microsoft</translation>
    </message>
    <message>
        <source>Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation API: the partner can sell to a customer only when its agreement is in place. Choose a group to see its customers.</source>
        <translation>Depuis le 5 janvier 2026, Microsoft n&apos;accepte un Contrat client Microsoft que par son API d&apos;attestation : le partenaire ne peut vendre à un client que lorsque son contrat est en place. Choisissez un groupe pour voir ses clients.</translation>
    </message>
    <message>
        <source>Shows the customers of every group</source>
        <translation>Affiche les clients de tous les groupes</translation>
    </message>
    <message>
        <source>Filter by company, instance or signatory</source>
        <translation>Filtrer par société, instance ou signataire</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Filtrer les contrats</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>Act&amp;ualiser l&apos;état</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the selected agreements</source>
        <translation>Demande à Microsoft l&apos;état actuel des contrats sélectionnés</translation>
    </message>
    <message>
        <source>Record &amp;agreement…</source>
        <translation>Enregistrer le &amp;contrat…</translation>
    </message>
    <message>
        <source>Records that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Enregistre que le client a accepté le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Reads every agreement again (F5)</source>
        <translation>Relit tous les contrats (F5)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Requis</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>En &amp;attente</translation>
    </message>
    <message>
        <source>E&amp;xpired links</source>
        <translation>Liens e&amp;xpirés</translation>
    </message>
    <message>
        <source>Ready to &amp;create</source>
        <translation>&amp;Prêt à créer</translation>
    </message>
    <message>
        <source>C&amp;ompliant</source>
        <translation>C&amp;onforme</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln agreement(s)</source>
        <translation>
            <numerusform>%1 : %Ln contrat</numerusform>
            <numerusform>%1 : %Ln contrats</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Tous</translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln agreement(s)</source>
        <translation>
            <numerusform>Tous : %Ln contrat</numerusform>
            <numerusform>Tous : %Ln contrats</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Chargement de %1 sur %2</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Chargement des contrats…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>Affichés : %1 sur %Ln contrat</numerusform>
            <numerusform>Affichés : %1 sur %Ln contrats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln contrat</numerusform>
            <numerusform>%Ln contrats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agreement count · what the last refresh came to</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refresh &amp;status (%L1)</source>
        <translation>Act&amp;ualiser l&apos;état (%L1)</translation>
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
        <translation>non défini</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Type d&apos;offre</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Example price</source>
        <translation>Prix d&apos;exemple</translation>
    </message>
    <message>
        <source>What this rule makes of a price of %1</source>
        <translation>Résultat de cette règle pour un prix de %1</translation>
    </message>
    <message>
        <source>What each rule makes of a price of %1</source>
        <translation>Résultat de chaque règle pour un prix de %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The whole window changes at once. Dates and numbers follow the language too.</source>
        <translation>Toute la fenêtre change immédiatement. Les dates et les nombres suivent aussi la langue.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificats d&apos;&amp;AC supplémentaires :</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting company proxy</source>
        <translation>Fichier PEM, pour un proxy d&apos;entreprise qui inspecte le TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>System proxy (leave empty), or http://proxy.example.com:3128</source>
        <translation>Proxy du système (laisser vide) ou http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Network settings apply from the next sign-in.</source>
        <translation>Les paramètres réseau s&apos;appliquent à partir de la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Direct customers only</source>
        <translation>Clients directs uniquement</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n&apos;est disponible.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not read or saved in this session: %1 is not a regular file.</source>
        <translation>Les paramètres ne sont ni lus ni enregistrés pendant cette session : %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Settings are not read or saved in this session: %1 is larger than %L2 MB.</source>
        <translation>Les paramètres ne sont ni lus ni enregistrés pendant cette session : %1 dépasse %L2 Mo.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation>Se connecter à CloudCockpit</translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation>Utilisez un Accès API de votre locataire ou collez un jeton du porteur. Pas de compte sous la main ? Essayez la démonstration : elle exécute un locataire de test sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation>Domaine du &amp;locataire :</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Domaine du locataire</translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation>Le domaine que vous utilisez pour accéder au portail CloudCockpit, p. ex. portal.contoso.com</translation>
    </message>
    <message>
        <source>portal.contoso.com</source>
        <translation>portal.contoso.com</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>&amp;Jeton du porteur</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Sec&amp;ret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>Jet&amp;on :</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton du porteur</translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation>eyJ0eXAiOiJKV1Qi…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>Se sou&amp;venir sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API :</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL du je&amp;ton :</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Essayer la démonstration</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation>Démarre un locataire de test sur cet ordinateur et s&apos;y connecte</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>A&amp;PI Access (client ID and secret)</source>
        <translation>Accès A&amp;PI (ID client et secret)</translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>La connexion sécurisée au serveur n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>Le serveur a refusé les identifiants. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire ceci.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Le serveur n&apos;a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs demandent votre attention.</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>Le serveur a refusé les données.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Le serveur a signalé une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation>Le serveur a envoyé une réponse que cette application ne comprend pas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation : %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>Its answer could not be read.</source>
        <translation>La réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came.</source>
        <translation>La connexion s&apos;est fermée avant l&apos;arrivée de la réponse.</translation>
    </message>
    <message>
        <source>The answer to this change was lost: it may or may not have been made.</source>
        <translation>La réponse à cette modification a été perdue : elle a peut-être été effectuée, peut-être pas.</translation>
    </message>
    <message>
        <source>Outcome: unknown</source>
        <translation>Résultat : inconnu</translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>certificat de %1, émis par %2, valide du %3 au %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation>L&apos;adresse n&apos;a pas répondu comme un point de terminaison de jetons.</translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation>Le secret client a été refusé. Vérifiez-le ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation>Cet ID client est inconnu du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation>Le fournisseur d&apos;identité a refusé l&apos;étendue de l&apos;API CloudCockpit.</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>Le fournisseur d&apos;identité a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>Le point de terminaison de jetons a répondu HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Pas de réponse en %n seconde.</numerusform>
            <numerusform>Pas de réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation>La connexion s&apos;est fermée avant la réponse du serveur ; la requête n&apos;a pas été renvoyée, car le serveur a pu l&apos;exécuter. Vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation>La réponse dépassait %1 et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation>Utilisez un UUID comme 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation>Saisissez le domaine que vous utilisez pour accéder au portail, par exemple portal.contoso.com.</translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation>Saisissez seulement un nom de domaine, sans https:// ni chemin.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation>Ce n&apos;est pas un jeton du porteur (un JWT a trois parties séparées par des points).</translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation>Ce jeton a expiré le %1. Obtenez-en un nouveau.</translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation>Le serveur a refusé ce jeton.</translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation>Le serveur a refusé le jeton émis pour ce client.</translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation>Ces identifiants ne peuvent pas utiliser ce locataire.</translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation>Aucune API CloudCockpit ne répond à cette adresse.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>Le numéro de page commence à 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Choisissez une instance de fournisseur.</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>une adresse non valide</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer was larger than %1 and was not read.</source>
        <translation>La réponse du point de terminaison de jetons dépassait %1 et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint&apos;s own address.</source>
        <translation>Le point de terminaison de jetons a redirigé vers %1 ; le secret client n&apos;est jamais transmis à une autre adresse. Saisissez l&apos;adresse du point de terminaison de jetons lui-même.</translation>
    </message>
    <message>
        <source>It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.</source>
        <translation>Il a redirigé la modification vers %1 ; une modification n&apos;est jamais transmise à une autre adresse, donc rien n&apos;y a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>Il a redirigé la requête plus de %n fois ; la dernière redirection pointait vers %1.</numerusform>
            <numerusform>Il a redirigé la requête plus de %n fois ; la dernière redirection pointait vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It redirected the request to %1, which is not the API&apos;s address; it was not followed, so that your credentials stay with the API.</source>
        <translation>Il a redirigé la requête vers %1, qui n&apos;est pas l&apos;adresse de l&apos;API ; la redirection n&apos;a pas été suivie, afin que vos identifiants restent auprès de l&apos;API.</translation>
    </message>
    <message>
        <source>The token holds spaces, line breaks or other characters a bearer token cannot have.</source>
        <translation>Le jeton contient des espaces, des sauts de ligne ou d&apos;autres caractères qu&apos;un jeton du porteur ne peut pas contenir.</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Choisissez une instance de fournisseur Microsoft.</translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation>Saisissez une adresse complète, par exemple https://api.cloudcockpit.com.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation>Seules les adresses https:// sont autorisées (http simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Utilisez une adresse https://.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation>Le paquet d&apos;AC %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Le paquet d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Use a proxy address such as http://proxy.example.com:3128.</source>
        <translation>Utilisez une adresse de proxy comme http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>cc::OrderedPages</name>
    <message>
        <source>The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.</source>
        <translation>Le serveur annonce %1 clients ou pages, plus que les %2 qu&apos;une liste lit au maximum ; rien n&apos;a été lu au-delà de cette limite.</translation>
    </message>
</context>
<context>
    <name>cc::ProfileStore</name>
    <message>
        <source>Profiles are not read or saved: %1 is not a regular file.</source>
        <translation>Les profils ne sont ni lus ni enregistrés : %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Profiles could not be read from %1.</source>
        <translation>Les profils n&apos;ont pas pu être lus depuis %1.</translation>
    </message>
    <message>
        <source>Profiles are not read or saved: %1 is larger than %L2 KB.</source>
        <translation>Les profils ne sont ni lus ni enregistrés : %1 dépasse %L2 Ko.</translation>
    </message>
    <message>
        <source>Profiles could not be saved to %1.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is locked.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés : %1 est verrouillé.</translation>
    </message>
</context>
<context>
    <name>cc::bulk</name>
    <message>
        <source>this row has %1 columns, the header %2.</source>
        <translation>cette ligne a %1 colonnes, l&apos;en-tête %2.</translation>
    </message>
    <message>
        <source>empty: which customer is this row for?</source>
        <translation>vide : à quel client cette ligne se rapporte-t-elle ?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer ID.</source>
        <translation>&apos;%1&apos; n&apos;est pas un ID de client.</translation>
    </message>
    <message>
        <source>no customer has the ID %1.</source>
        <translation>aucun client n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>no customer has the domain &apos;%1&apos;.</source>
        <translation>aucun client n&apos;a le domaine &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no customer has the internal identifier &apos;%1&apos;.</source>
        <translation>aucun client n&apos;a l&apos;identifiant interne &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 customers match &apos;%2&apos;; use the customer ID.</source>
        <translation>%1 clients correspondent à &apos;%2&apos; ; utilisez l&apos;ID du client.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 est supprimé.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>%1 caractères ; %2 au maximum.</translation>
    </message>
    <message>
        <source>holds a line break, a tab or another control character.</source>
        <translation>contient un saut de ligne, une tabulation ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reseller ID.</source>
        <translation>&apos;%1&apos; n&apos;est pas un ID de revendeur.</translation>
    </message>
    <message>
        <source>%1 is not a customer of this reseller.</source>
        <translation>%1 n&apos;est pas un client de ce revendeur.</translation>
    </message>
    <message>
        <source>row %1 already names this customer (%2).</source>
        <translation>la ligne %1 désigne déjà ce client (%2).</translation>
    </message>
    <message>
        <source>row %1 gives this customer (%2) another value, &apos;%3&apos;.</source>
        <translation>la ligne %1 donne une autre valeur à ce client (%2), &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; to another customer (%3).</source>
        <translation>la ligne %1 donne &apos;%2&apos; à un autre client (%3).</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;; give it another value in this file, or choose another.</source>
        <translation>%1 a déjà &apos;%2&apos; ; donnez-lui une autre valeur dans ce fichier, ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>takes &apos;%1&apos; from row %2, which waits for this row in turn: the server refuses a value another customer still holds, so values cannot be swapped in one file. Move one of them to a temporary value first.</source>
        <translation>prend &apos;%1&apos; à la ligne %2, qui attend elle-même cette ligne : le serveur refuse une valeur qu&apos;un autre client détient encore, donc les valeurs ne peuvent pas être échangées dans un même fichier. Attribuez d&apos;abord une valeur temporaire à l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Changed (answer lost, checked)</source>
        <translation>Modifié (réponse perdue, vérifié)</translation>
    </message>
    <message>
        <source>Not changed (answer lost, checked)</source>
        <translation>Non modifié (réponse perdue, vérifié)</translation>
    </message>
    <message>
        <source>Unknown (answer lost, check failed)</source>
        <translation>Inconnu (réponse perdue, échec de la vérification)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>not a results file of &apos;ccadmin internal-id import&apos;: its header is not %1.</source>
        <translation>ce n&apos;est pas un fichier de résultats de &apos;ccadmin internal-id import&apos; : son en-tête n&apos;est pas %1.</translation>
    </message>
</context>
<context>
    <name>cc::bulk::ImportRunner</name>
    <message>
        <source>Not sent: row %1, which frees this value, was not applied.</source>
        <translation>Non envoyé : la ligne %1, qui libère cette valeur, n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>Non envoyé : l&apos;importation a été arrêtée.</translation>
    </message>
    <message>
        <source>The answer was lost and reading the customer back failed too (%1); look at the customer before you send this row again.</source>
        <translation>La réponse a été perdue et la relecture du client a également échoué (%1) ; consultez le client avant de renvoyer cette ligne.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the server has the new value.</source>
        <translation>La réponse a été perdue ; d&apos;après la relecture, le serveur a la nouvelle valeur.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the change was not made. Sending this row again is safe.</source>
        <translation>La réponse a été perdue ; d&apos;après la relecture, la modification n&apos;a pas été faite. Cette ligne peut être renvoyée sans risque.</translation>
    </message>
</context>
<context>
    <name>cc::csv</name>
    <message>
        <source>The file is larger than %1, the most that is read.</source>
        <translation>Le fichier dépasse %1, la taille maximale lue.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Le texte n&apos;est pas en UTF-8 ; enregistrez le fichier au format &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>Plus de %1 colonnes.</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>Plus de %1 lignes.</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Texte après un guillemet fermant ; un guillemet dans un champ entre guillemets s&apos;écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed.</source>
        <translation>Un guillemet ouvert dans cette ligne n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n caractère au maximum.</numerusform>
            <numerusform>%n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation>Saisissez le nom complet, pas une initiale.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>Utilisez uniquement des chiffres, des espaces, +, - et des parenthèses.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation>Cette règle demande un pourcentage inférieur à 100.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation>Cette règle demande un pourcentage inférieur à 200.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>Le numéro de page commence à 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation>Utilisez des lettres, des chiffres et des tirets, par exemple contoso ou contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation>Obligatoire lorsque le contrat a été accepté.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation>Utilisez un nom de culture comme fr-FR.</translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation>Utilisez un code de langue comme fr.</translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation>L&apos;ID du partenaire (MPN ID) ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Choisissez une instance de fournisseur.</translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation>Ce type d&apos;offre a déjà une marge.</translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation>Les données du client Microsoft sont manquantes ou ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>JSON non valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Choisissez une instance de fournisseur Microsoft.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 999.</source>
        <translation>Saisissez un pourcentage de 0 à 999.</translation>
    </message>
    <message>
        <source>Choose the provider instance of the customer&apos;s relationship.</source>
        <translation>Choisissez l&apos;instance de fournisseur de la relation du client.</translation>
    </message>
    <message>
        <source>Compliant agreements are excluded: choose another status, or include them.</source>
        <translation>Les contrats conformes sont exclus : choisissez un autre état ou incluez-les.</translation>
    </message>
    <message>
        <source>This provider instance does not sell this offer type.</source>
        <translation>Cette instance de fournisseur ne vend pas ce type d&apos;offre.</translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation>Adresse de l&apos;API (CLOUDCOCKPIT_API_URL ; par défaut https://api.cloudcockpit.com).</translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation>Domaine du portail du locataire, envoyé comme X-Tenant (CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation>Jeton du porteur (CLOUDCOCKPIT_TOKEN).</translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation>ID client de l&apos;Accès API (CLOUDCOCKPIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation>Secret client de l&apos;Accès API (CLOUDCOCKPIT_CLIENT_SECRET) ; visible par les autres utilisateurs sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>Lire le secret client depuis FILE.</translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation>Point de terminaison de jetons OAuth (CLOUDCOCKPIT_TOKEN_URL).</translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation>X-Correlation-Id à envoyer au lieu d&apos;un nouveau.</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>Délai de transfert en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Format de sortie : text, json ou csv.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texte recherché.</translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation>Champ de recherche : name, domain, internal-id ou provider-customer-id.</translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation>ID du revendeur.</translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation>Exclure les clients supprimés.</translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation>Trier par nom de société, de Z à A.</translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation>Clients par page, de 1 à 2000 (100 par défaut ; 2000 avec --all).</translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation>Récupérer toutes les pages.</translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation>ID de l&apos;instance de fournisseur.</translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation>Date du contrat.</translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation>Utiliser le contact principal du client pour le contrat.</translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation>Prénom du contact.</translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation>Nom du contact.</translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation>E-mail du contact.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Téléphone du contact.</translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation>Marge de prix en pourcentage.</translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>Markup, Margin, SplitMargin ou ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation>Marge pour un type d&apos;offre (répétable).</translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation>Données du client chez le fournisseur (objet JSON).</translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation>Port de l&apos;environnement de test (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation>Nombre de clients de l&apos;environnement de test, de 0 à 100000.</translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation>Graine des données de l&apos;environnement de test.</translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation>Panne à injecter dans l&apos;environnement de test (répétable ; voir le README).</translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation>Ligne de commande pour l&apos;API CSP de CloudCockpit : clients, liens de relation, identifiants internes, Contrats client Microsoft, instances de fournisseur.</translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation>Essayez &apos;ccadmin --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation>commande inconnue &apos;%1&apos;. Commandes : %2</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>l&apos;option --%1 ne s&apos;applique pas à &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation>--format doit valoir text, json ou csv.</translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation>obligatoire (--tenant ou CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation>utilisez un nombre de secondes entre 0 et 3600.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation>&apos;%1&apos; n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation>avertissement : un jeton sur la ligne de commande est visible par les autres utilisateurs de cet ordinateur ; préférez CLOUDCOCKPIT_TOKEN.</translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>avertissement : un secret client sur la ligne de commande est visible par les autres utilisateurs de cet ordinateur ; préférez CLOUDCOCKPIT_CLIENT_SECRET ou --client-secret-file.</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>impossible de lire %1.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>Secret client pour %1 : </translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation>obligatoire avec --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file ou une invite).</translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation>utilisation : ccadmin customers show CUSTOMER_ID</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obligatoire.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</source>
        <translation>utilisation : ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</source>
        <translation>utilisation : ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</translation>
    </message>
    <message>
        <source>empty; use &apos;internal-id clear&apos; to remove the identifier.</source>
        <translation>vide ; utilisez &apos;internal-id clear&apos; pour supprimer l&apos;identifiant.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation>utilisation : ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation>utilisez --keep-primary ou les options de contact, pas les deux.</translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation>utilisation : ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>obligatoire : Markup, Margin, SplitMargin ou ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>&apos;%1&apos; n&apos;est pas une règle de marge : utilisez Markup, Margin, SplitMargin ou ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>JSON non valide : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>doit être un objet JSON.</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>utilisez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation>l&apos;environnement de test n&apos;a pas pu écouter : %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>ID interne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1 of %2 customer(s)</source>
        <translation>%1 sur %2 client(s)</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identifiant interne</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation>Instance de fournisseur %1</translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation>  ID du client</translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation>  Marge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre (utilisez un point pour les décimales, p. ex. 12.5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation>&apos;%1&apos; n&apos;est pas un UUID (p. ex. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un champ de recherche : utilisez name, domain, internal-id ou provider-customer-id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation>&apos;%1&apos; n&apos;est pas au format TYPE=PERCENT[:RULE], p. ex. License=12.5:Markup.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation>&apos;%1&apos; n&apos;est pas un type d&apos;offre : utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this option reads.</source>
        <translation>%1 dépasse %2, le maximum que lit cette option.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>avertissement : le serveur a envoyé %n client plusieurs fois ; il n&apos;a été affiché qu&apos;une fois.</numerusform>
            <numerusform>avertissement : le serveur a envoyé %n clients plusieurs fois ; chacun n&apos;a été affiché qu&apos;une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>the relationship link is not an https address; it is not printed.</source>
        <translation>le lien de relation n&apos;est pas une adresse https ; il n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>One of the commands below; &apos;ccadmin COMMAND --help&apos; shows its usage and options.</source>
        <translation>L&apos;une des commandes ci-dessous ; &apos;ccadmin COMMAND --help&apos; affiche son utilisation et ses options.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no operands.</source>
        <translation>&apos;%1&apos; n&apos;accepte pas d&apos;opérandes.</translation>
    </message>
    <message>
        <source>List customers: one page, or every page with --all.</source>
        <translation>Lister les clients : une page, ou toutes les pages avec --all.</translation>
    </message>
    <message>
        <source>Show a customer, with its margins in each provider instance.</source>
        <translation>Afficher un client, avec ses marges dans chaque instance de fournisseur.</translation>
    </message>
    <message>
        <source>List the provider instances.</source>
        <translation>Lister les instances de fournisseur.</translation>
    </message>
    <message>
        <source>Print the relationship acceptance link of a provider instance.</source>
        <translation>Afficher le lien d&apos;acceptation de la relation d&apos;une instance de fournisseur.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s internal identifier.</source>
        <translation>Définir l&apos;identifiant interne d&apos;un client.</translation>
    </message>
    <message>
        <source>Remove a customer&apos;s internal identifier.</source>
        <translation>Supprimer l&apos;identifiant interne d&apos;un client.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s Microsoft Customer Agreement.</source>
        <translation>Enregistrer le Contrat client Microsoft d&apos;un client.</translation>
    </message>
    <message>
        <source>Add a customer to another provider instance, with a margin.</source>
        <translation>Ajouter un client à une autre instance de fournisseur, avec une marge.</translation>
    </message>
    <message>
        <source>Serve a local sandbox of the API until interrupted; print its credentials.</source>
        <translation>Servir un environnement de test local de l&apos;API jusqu&apos;à interruption ; afficher ses identifiants.</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back to see whether the change was made…</source>
        <translation>ccadmin : relecture du client pour savoir si la modification a été faite…</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back failed too (%1); look at the customer before you run the command again.</source>
        <translation>ccadmin : la relecture du client a également échoué (%1) ; consultez le client avant de relancer la commande.</translation>
    </message>
    <message>
        <source>ccadmin: the server has the change; only its answer was lost.</source>
        <translation>ccadmin : le serveur a la modification ; seule sa réponse a été perdue.</translation>
    </message>
    <message>
        <source>ccadmin: the change was not made; running the command again is safe.</source>
        <translation>ccadmin : la modification n&apos;a pas été faite ; relancer la commande est sans risque.</translation>
    </message>
    <message>
        <source>required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see &apos;ccadmin login&apos;).</source>
        <translation>obligatoire (--tenant, CLOUDCOCKPIT_TENANT ou un profil : voir &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see &apos;ccadmin login&apos;).</source>
        <translation>obligatoire : --token (CLOUDCOCKPIT_TOKEN), --client-id avec un secret, ou un profil (voir &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>Profile saved by &apos;ccadmin login&apos; or the window (CLOUDCOCKPIT_PROFILE; default: the default profile when no tenant is given). Options and environment variables override its settings.</source>
        <translation>Profil enregistré par &apos;ccadmin login&apos; ou par la fenêtre (CLOUDCOCKPIT_PROFILE ; par défaut : le profil par défaut si aucun locataire n&apos;est indiqué). Les options et les variables d&apos;environnement remplacent ses paramètres.</translation>
    </message>
    <message>
        <source>Read a bearer token from stdin instead of client credentials.</source>
        <translation>Lire un jeton du porteur depuis stdin au lieu des identifiants client.</translation>
    </message>
    <message>
        <source>usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</source>
        <translation>utilisation : ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</translation>
    </message>
    <message>
        <source>Sign in once and save a profile: the secret in the system keychain, the rest in a settings file.</source>
        <translation>Se connecter une fois et enregistrer un profil : le secret dans le trousseau du système, le reste dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>usage: ccadmin logout [--profile NAME]</source>
        <translation>utilisation : ccadmin logout [--profile NAME]</translation>
    </message>
    <message>
        <source>Remove a profile and its secret (--profile, else the default one).</source>
        <translation>Supprimer un profil et son secret (--profile, sinon le profil par défaut).</translation>
    </message>
    <message>
        <source>List the profiles: the default one, role and expiry of the last token.</source>
        <translation>Lister les profils : le profil par défaut, le rôle et l&apos;expiration du dernier jeton.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use --client-secret-file.</source>
        <translation>Sans trousseau, indiquez les identifiants dans l&apos;environnement (CLOUDCOCKPIT_TENANT avec CLOUDCOCKPIT_CLIENT_ID et CLOUDCOCKPIT_CLIENT_SECRET, ou CLOUDCOCKPIT_TOKEN) ou utilisez --client-secret-file.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; makes it).</source>
        <translation>il n&apos;existe pas de profil &apos;%1&apos; (voir &apos;ccadmin profiles&apos; ; &apos;ccadmin login --profile %1&apos; le crée).</translation>
    </message>
    <message>
        <source>the keychain holds none for profile &apos;%1&apos;; run &apos;ccadmin login --profile %1&apos;.</source>
        <translation>le trousseau ne contient rien pour le profil &apos;%1&apos; ; exécutez &apos;ccadmin login --profile %1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile name: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de profil : lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Aucun terminal n&apos;est disponible pour la saisie.</translation>
    </message>
    <message>
        <source>Tenant domain (e.g. portal.contoso.com): </source>
        <translation>Domaine du locataire (p. ex. portal.contoso.com) : </translation>
    </message>
    <message>
        <source>more than %1 on stdin; a token is much shorter.</source>
        <translation>plus de %1 sur stdin ; un jeton est bien plus court.</translation>
    </message>
    <message>
        <source>nothing on stdin.</source>
        <translation>rien sur stdin.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer --token-stdin.</source>
        <translation>avertissement : un jeton sur la ligne de commande est visible par les autres utilisateurs de cet ordinateur ; préférez --token-stdin.</translation>
    </message>
    <message>
        <source>API Access client ID (leave empty to paste a bearer token instead): </source>
        <translation>ID client de l&apos;Accès API (laissez vide pour coller plutôt un jeton du porteur) : </translation>
    </message>
    <message>
        <source>Bearer token: </source>
        <translation>Jeton du porteur : </translation>
    </message>
    <message>
        <source>required (--client-id, CLOUDCOCKPIT_CLIENT_ID, or a token with --token-stdin).</source>
        <translation>obligatoire (--client-id, CLOUDCOCKPIT_CLIENT_ID ou un jeton avec --token-stdin).</translation>
    </message>
    <message>
        <source>required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).</source>
        <translation>obligatoire (--client-secret-file ou CLOUDCOCKPIT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>these settings cannot be kept as a profile.</source>
        <translation>ces paramètres ne peuvent pas être conservés comme profil.</translation>
    </message>
    <message>
        <source>the secret could not be kept in the system keychain: %1</source>
        <translation>le secret n&apos;a pas pu être conservé dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Profile &apos;%3&apos; saved; its secret is in the system keychain.</source>
        <translation>Connecté à %1 en tant que %2. Profil &apos;%3&apos; enregistré ; son secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>rôle inconnu</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>C&apos;est le profil par défaut.</translation>
    </message>
    <message>
        <source>no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.</source>
        <translation>aucun profil indiqué (--profile ou CLOUDCOCKPIT_PROFILE) et aucun profil par défaut.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;).</source>
        <translation>il n&apos;existe pas de profil &apos;%1&apos; (voir &apos;ccadmin profiles&apos;).</translation>
    </message>
    <message>
        <source>Signed out: profile &apos;%1&apos; and its secret are removed.</source>
        <translation>Déconnecté : le profil &apos;%1&apos; et son secret sont supprimés.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is kept; run &apos;ccadmin logout&apos; again when the keychain is available.</source>
        <translation>Le profil &apos;%1&apos; est conservé ; exécutez à nouveau &apos;ccadmin logout&apos; quand le trousseau sera disponible.</translation>
    </message>
    <message>
        <source>No profiles yet: &apos;ccadmin login&apos; makes one, and so does signing in with the window.</source>
        <translation>Aucun profil pour l&apos;instant : &apos;ccadmin login&apos; en crée un, tout comme la connexion dans la fenêtre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>SIGNS IN WITH</source>
        <translation>CONNEXION PAR</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>EXPIRATION DU JETON</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Attestation status: required, linkgenerated, linkexpired, customeraccepted or agreementcreated.</source>
        <translation>État d&apos;attestation : required, linkgenerated, linkexpired, customeraccepted ou agreementcreated.</translation>
    </message>
    <message>
        <source>Leave out agreements already created (compliant).</source>
        <translation>Exclure les contrats déjà créés (conformes).</translation>
    </message>
    <message>
        <source>Check and print the changes; send nothing.</source>
        <translation>Vérifier et afficher les modifications ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 6).</source>
        <translation>Requêtes simultanées, de 1 à 64 (6 par défaut).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to FILE as CSV (default: standard output).</source>
        <translation>Écrire le résultat de chaque ligne dans FILE au format CSV (par défaut : sortie standard).</translation>
    </message>
    <message>
        <source>Skip the rows an earlier results FILE shows as done.</source>
        <translation>Ignorer les lignes qu&apos;un fichier de résultats FILE antérieur indique comme traitées.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</source>
        <translation>utilisation : ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</translation>
    </message>
    <message>
        <source>Set many internal identifiers from a CSV file, checked first.</source>
        <translation>Définir de nombreux identifiants internes à partir d&apos;un fichier CSV, vérifié au préalable.</translation>
    </message>
    <message>
        <source>List the resellers (csp only).</source>
        <translation>Lister les revendeurs (csp uniquement).</translation>
    </message>
    <message>
        <source>usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</source>
        <translation>utilisation : ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</translation>
    </message>
    <message>
        <source>Replace a customer&apos;s margins in a provider instance; offer types left out lose their own.</source>
        <translation>Remplacer les marges d&apos;un client dans une instance de fournisseur ; les types d&apos;offre omis perdent leur propre marge.</translation>
    </message>
    <message>
        <source>List Microsoft Customer Agreement statuses: one page, or every page with --all.</source>
        <translation>Lister les états des Contrats client Microsoft : une page, ou toutes les pages avec --all.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID</source>
        <translation>utilisation : ccadmin mca show CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Show a customer&apos;s Microsoft Customer Agreement status in a Microsoft provider instance.</source>
        <translation>Afficher l&apos;état du Contrat client Microsoft d&apos;un client dans une instance de fournisseur Microsoft.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</source>
        <translation>utilisation : ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Ask Microsoft for a customer&apos;s agreement status, then show it.</source>
        <translation>Demander à Microsoft l&apos;état du contrat d&apos;un client, puis l&apos;afficher.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>current internal identifier</source>
        <translation>identifiant interne actuel</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>use a whole number from 1 to 64.</source>
        <translation>utilisez un nombre entier de 1 à 64.</translation>
    </message>
    <message>
        <source>cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer (customer ID, internal identifier or domain) and one with the new value (new internal identifier); a reseller column is optional.</source>
        <translation>impossible de distinguer les colonnes de %1 (trouvé : %2). Il faut une colonne désignant le client (ID du client, identifiant interne ou domaine) et une avec la nouvelle valeur (nouvel identifiant interne) ; une colonne de revendeur est facultative.</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>aucun en-tête</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>impossible d&apos;écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>ccadmin : %n problème dans %1 ; rien n&apos;a été envoyé.</numerusform>
            <numerusform>ccadmin : %n problèmes dans %1 ; rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).</source>
        <translation>ccadmin : %1 lignes vérifiées par rapport à %2 clients en %3 ms (clé : %4).</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>inchangé (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n effacé</numerusform>
            <numerusform>%n effacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent (--dry-run).</source>
        <translation>rien n&apos;a été envoyé (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>ccadmin : %n ligne traitée lors de l&apos;exécution précédente n&apos;est pas renvoyée.</numerusform>
            <numerusform>ccadmin : %n lignes traitées lors de l&apos;exécution précédente ne sont pas renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 in flight</source>
        <translation>%1 sur %2 envoyés, %3 en cours</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>ccadmin : arrêt : aucune nouvelle ligne n&apos;est envoyée ; attente de la %n requête en cours.</numerusform>
            <numerusform>ccadmin : arrêt : aucune nouvelle ligne n&apos;est envoyée ; attente des %n requêtes en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>warning: reseller names could not be read (%1); their IDs are shown.</source>
        <translation>avertissement : les noms des revendeurs n&apos;ont pas pu être lus (%1) ; leurs ID sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>avertissement : le serveur a envoyé %n revendeur plusieurs fois ; il n&apos;a été affiché qu&apos;une fois.</numerusform>
            <numerusform>avertissement : le serveur a envoyé %n revendeurs plusieurs fois ; chacun n&apos;a été affiché qu&apos;une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use one of %2.</source>
        <translation>&apos;%1&apos; n&apos;est pas un état : utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>avertissement : le serveur a envoyé %n contrat plusieurs fois ; il n&apos;a été affiché qu&apos;une fois.</numerusform>
            <numerusform>avertissement : le serveur a envoyé %n contrats plusieurs fois ; chacun n&apos;a été affiché qu&apos;une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: reading the agreement back; it shows the status the server has now.</source>
        <translation>ccadmin : relecture du contrat ; il indique l&apos;état actuel sur le serveur.</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>accepté le %1</translation>
    </message>
    <message>
        <source>link expires %1</source>
        <translation>le lien expire le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n revendeur</numerusform>
            <numerusform>%n revendeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instance de fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation>%1 sur %2 contrat(s)</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Locataire Microsoft</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudCockpit Admin: manage CSP customers.</source>
        <translation>CloudCockpit Admin : gérez les clients CSP.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation>Démarrer l&apos;environnement de test intégré et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation>Nombre de clients du locataire de démonstration (0 à 100000).</translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation>Quitter dès que les premiers clients sont affichés (mesures de performance).</translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation>Injecter une panne dans l&apos;environnement de test de la démonstration (répétable) : ROUTE:KIND[:ARG][@RATE].</translation>
    </message>
    <message>
        <source>The unsaved %1 for %2 could not be reopened and is kept for later: %3 (correlation ID %4)</source>
        <translation>Le formulaire non enregistré pour %2 (%1) n&apos;a pas pu être rouvert et est conservé pour plus tard : %3 (ID de corrélation %4)</translation>
    </message>
</context>
</TS>
