<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>Add provider instance — %1</source>
        <translation>[Ádd prõvîdér îñstáñçé — %1 ········]</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>[&amp;Prõvîdér îñstáñçé: ·······]</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>[Prõvîdér îñstáñçé ······]</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>[&amp;Rélátîõñshîp: ·····]</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>[Rélátîõñshîp ·····]</translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation>[çõñtõsõ (béçõmés çõñtõsõ.õñmîçrõsõft.çõm) ················]</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation>[Çõmmá-sépárátéd, é.g. Édüçátîõñ ············]</translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation>[Mîçrõsõft dõmáîñ ······]</translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation>[Çrédéñtîáls émáîl ······]</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>[Ágrééméñt dá&amp;té: ······]</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>[Ágrééméñt dáté ·····]</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>[Fîrst ñámé ····]</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>[Lást ñámé ···]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émáîl ··]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Phõñé ··]</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>[Ç&amp;ültüré: ···]</translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation>[Défáült çültüré ······]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>[Láñgüágé ···]</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>[Pártñér &amp;ÎD: ····]</translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation>[Ássõçîátéd pártñér ÎD ········]</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>[&amp;Qüálîfîçátîõñs: ······]</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>[Qüálîfîçátîõñs ······]</translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation>[Prõvîdér çüstõmér dátá (JSÕÑ) ··········]</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>[Prîçé &amp;márgîñ: ·····]</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>[Prîçé márgîñ pérçéñtágé ········]</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>[Márgîñ rülé ····]</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>[Márgîñs pér õffér typé ········]</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>[Léávé émpty tõ üsé thé prîçé márgîñ fõr évéry õffér typé ··················]</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>[Rémõ&amp;vé rõw ····]</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>[Márgîñs pér &amp;õffér typé: ········]</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>[Évéry õffér typé õf thîs îñstáñçé álréády hás á márgîñ. ··················]</translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation>[Thîs çüstõmér îs álréády îñ évéry prõvîdér îñstáñçé. ··················]</translation>
    </message>
    <message>
        <source>The customer a&amp;ccepted the Microsoft Customer Agreement</source>
        <translation>[Thé çüstõmér á&amp;ççéptéd thé Mîçrõsõft Çüstõmér Ágrééméñt ···················]</translation>
    </message>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>[&amp;Kéép prîmáry çõñtáçt îñfõrmátîõñ ············]</translation>
    </message>
    <message>
        <source>Ena&amp;ble GDAP</source>
        <translation>[Éñá&amp;blé GDÁP ····]</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>[Ádd rõ&amp;w ··]</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>[Rémõvés thé séléçtéd rõw (Délété) ············]</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>[Ñõ rõws: thé prîçé márgîñ ápplîés tõ évéry õffér typé. ··················]</translation>
    </message>
    <message>
        <source>Microsoft customer data</source>
        <translation>[Mîçrõsõft çüstõmér dátá ········]</translation>
    </message>
    <message>
        <source>admin@contoso.com</source>
        <translation>[ádmîñ@çõñtõsõ.çõm ·······]</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567</source>
        <translation>[Dîgîts õñly, é.g. 1234567 ·········]</translation>
    </message>
    <message>
        <source>Domai&amp;n:</source>
        <translation>[Dõmáî&amp;ñ: ···]</translation>
    </message>
    <message>
        <source>&amp;Admin email:</source>
        <translation>[&amp;Ádmîñ émáîl: ····]</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>[&amp;Fîrst ñámé: ····]</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>[&amp;Lást ñámé: ····]</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>[&amp;Émáîl: ··]</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>[P&amp;hõñé: ··]</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>[Láñ&amp;güágé: ····]</translation>
    </message>
    <message>
        <source>Provider customer data</source>
        <translation>[Prõvîdér çüstõmér dátá ········]</translation>
    </message>
    <message>
        <source>Customer data as a &amp;JSON object (may be empty):</source>
        <translation>[Çüstõmér dátá ás á &amp;JSÕÑ õbjéçt (máy bé émpty): ···············]</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>[Éxámplé: %1 ···]</translation>
    </message>
    <message>
        <source>Choose a provider instance first.</source>
        <translation>[Çhõõsé á prõvîdér îñstáñçé fîrst. ············]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>[Rülé: ··]</translation>
    </message>
</context>
<context>
    <name>AddProviderInstanceForm</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>[Ñõt válîd JSÕÑ: %1 át lîñé %2, çõlümñ %3. ···········]</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;AccountId&quot;: &quot;1234&quot;}.</source>
        <translation>[Éñtér á JSÕÑ õbjéçt, fõr éxámplé {&quot;ÁççõüñtÎd&quot;: &quot;1234&quot;}. ···················]</translation>
    </message>
    <message>
        <source>Enter a percentage from %L1 to %L2.</source>
        <translation>[Éñtér á pérçéñtágé frõm %L1 tõ %L2. ············]</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>[%1 áddéd tõ %2. ···]</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>[Çõp&amp;y détáîls ····]</translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation>[Çõpîés thé érrõr, îts státüs áñd çõrrélátîõñ ÎD fõr süppõrt ····················]</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>[Çlõsé mésságé ·····]</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>[Érrõr mésságé ·····]</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>[Çõrrélátîõñ ÎD: %1 ······]</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>[Ré&amp;try ··]</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship lin&amp;k…</source>
        <translation>[Çõpy rélátîõñshîp lîñ&amp;k… ········]</translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation>[Géts thé lîñk thé çüstõmér õpéñs tõ áççépt thé rélátîõñshîp ····················]</translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation>[Édît îñtérñál &amp;îdéñtîfîér… ·········]</translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation>[Mîçrõsõft Çüstõmér &amp;Ágrééméñt… ···········]</translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation>[Ádd prõvîdér î&amp;ñstáñçé… ········]</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>[Çüstõmér détáîls ······]</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>[Lõádîñg… ···]</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>[Séléçt á çüstõmér tõ séé îts détáîls. ············]</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>[Thîs çüstõmér îs délétéd. ·········]</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>[Dõmáîñ ··]</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>[Îñtérñál îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>[(ñõñé) ··]</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>[Táx ÎD ··]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>[Áddréss ···]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîty ··]</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>[Çõüñtry ···]</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>[Prîmáry çõñtáçt ······]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émáîl ··]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Phõñé ··]</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>[Rélátîõñshîp ·····]</translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation>[Dîréçt (ÇSP) ····]</translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation>[Réséllér %1 ···]</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>[Çréátéd ···]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>[ÎD ·]</translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>[Prõvîdér îñstáñçés (%n) ········]</numerusform>
            <numerusform>[Prõvîdér îñstáñçés (%n) ········]</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation>[Ñõt îñ áñy prõvîdér îñstáñçé yét. ···········]</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>[%1 % %2 ·]</translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation>[Çüstõmér ÎD át thé prõvîdér: %1 ··········]</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>[(ñõt çréátéd yét) ······]</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>[Márgîñ: %1 ···]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[ñõñé ··]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>[%1: %2 ·]</translation>
    </message>
    <message>
        <source>The customer is deleted: the server accepts no changes to it.</source>
        <translation>[Thé çüstõmér îs délétéd: thé sérvér áççépts ñõ çháñgés tõ ît. ····················]</translation>
    </message>
    <message>
        <source>The selected customer is not in the list any more. Select a customer to see its details.</source>
        <translation>[Thé séléçtéd çüstõmér îs ñõt îñ thé lîst áñy mõré. Séléçt á çüstõmér tõ séé îts détáîls. ·····························]</translation>
    </message>
    <message>
        <source>Refresh MCA stat&amp;us</source>
        <translation>[Réfrésh MÇÁ stát&amp;üs ······]</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the customer&apos;s Microsoft Customer Agreement</source>
        <translation>[Ásks Mîçrõsõft fõr thé çürréñt státüs õf thé çüstõmér&apos;s Mîçrõsõft Çüstõmér Ágrééméñt ·····························]</translation>
    </message>
    <message>
        <source>Edit mar&amp;gins…</source>
        <translation>[Édît már&amp;gîñs… ·····]</translation>
    </message>
    <message>
        <source>Changes the price margins of the customer in a provider instance</source>
        <translation>[Çháñgés thé prîçé márgîñs õf thé çüstõmér îñ á prõvîdér îñstáñçé ······················]</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>[réádîñg… ···]</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>[çõüld ñõt bé réád: %1 ······]</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>[ñõt kñõwñ yét ····]</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement: %1</source>
        <translation>[Mîçrõsõft Çüstõmér Ágrééméñt: %1 ···········]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signatory name (email)</comment>
        <translation>[%1 (%2) ·]</translation>
    </message>
    <message>
        <source>Signatory: %1</source>
        <translation>[Sîgñátõry: %1 ····]</translation>
    </message>
    <message>
        <source>Acceptance link expires: %1</source>
        <translation>[Áççéptáñçé lîñk éxpîrés: %1 ·········]</translation>
    </message>
    <message>
        <source>Acceptance link expired: %1</source>
        <translation>[Áççéptáñçé lîñk éxpîréd: %1 ·········]</translation>
    </message>
    <message>
        <source>Agreement date: %1</source>
        <translation>[Ágrééméñt dáté: %1 ······]</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>[Réfréshîñg… ····]</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>[Thé lást réfrésh fáîléd: %1 ········]</translation>
    </message>
    <message>
        <source>The customer is not in any provider instance yet: there are no margins to change.</source>
        <translation>[Thé çüstõmér îs ñõt îñ áñy prõvîdér îñstáñçé yét: théré áré ñõ márgîñs tõ çháñgé. ···························]</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>[Réséllér ÎD ····]</translation>
    </message>
    <message>
        <source>Edit margins</source>
        <translation>[Édît márgîñs ····]</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation>[Dîréçt ··]</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>[Délétéd ···]</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>[Çõmpáñy ···]</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>[Dõmáîñ ··]</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>[Îñtérñál ÎD ····]</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>[Réséllér ···]</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>[Îñstáñçés ····]</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>[Çõüñtry ···]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîty ··]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émáîl ··]</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>[Çréátéd ···]</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>[Thîs çüstõmér îs délétéd. ·········]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Státüs ··]</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a cell&apos;s column header, the row&apos;s company</comment>
        <translation>[%1, %2 ·]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider instance: MCA status</comment>
        <translation>[%1: %2 ·]</translation>
    </message>
    <message>
        <source>MCA status</source>
        <translation>[MÇÁ státüs ····]</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>[Çhõõsé frõm á çáléñdár (F4) ·········]</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Markup</source>
        <translation>[Márküp ··]</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>[Márgîñ ··]</translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation>[Splît márgîñ ····]</translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation>[ÉRP mîñüs dîsçõüñt ······]</translation>
    </message>
    <message>
        <source>License</source>
        <translation>[Lîçéñsé ···]</translation>
    </message>
    <message>
        <source>License (legacy)</source>
        <translation>[Lîçéñsé (légáçy) ······]</translation>
    </message>
    <message>
        <source>Software subscription</source>
        <translation>[Sõftwáré sübsçrîptîõñ ········]</translation>
    </message>
    <message>
        <source>Perpetual software</source>
        <translation>[Pérpétüál sõftwáré ·······]</translation>
    </message>
    <message>
        <source>Azure plan</source>
        <translation>[Ázüré pláñ ····]</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>[Ázüré résérvátîõñ ······]</translation>
    </message>
    <message>
        <source>Azure (legacy)</source>
        <translation>[Ázüré (légáçy) ·····]</translation>
    </message>
    <message>
        <source>Azure savings plan</source>
        <translation>[Ázüré sávîñgs pláñ ······]</translation>
    </message>
    <message>
        <source>MCA required</source>
        <translation>[MÇÁ réqüîréd ····]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>[Péñdîñg ···]</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>[Lîñk éxpîréd ····]</translation>
    </message>
    <message>
        <source>Ready to create agreement</source>
        <translation>[Réády tõ çréáté ágrééméñt ·········]</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>[Çõmplîáñt ····]</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>internal identifier</source>
        <translation>[îñtérñál îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>[Mîçrõsõft Çüstõmér Ágrééméñt ··········]</translation>
    </message>
    <message>
        <source>provider instance</source>
        <translation>[prõvîdér îñstáñçé ······]</translation>
    </message>
    <message>
        <source>margins</source>
        <translation>[márgîñs ···]</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Internal identifier</source>
        <translation>[Îñtérñál îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>[Mîçrõsõft Çüstõmér Ágrééméñt ··········]</translation>
    </message>
    <message>
        <source>Add provider instance</source>
        <translation>[Ádd prõvîdér îñstáñçé ········]</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>[%n fõrm(s) yõü dîd ñõt sávé çáñ bé réõpéñéd. Réstõré õñé, dîsçárd thé õñés yõü ñõ lõñgér ñééd, õr déçîdé látér: théy áré képt üñtîl yõü sávé õr dîsçárd thém. ··················································]</numerusform>
            <numerusform>[%n fõrm(s) yõü dîd ñõt sávé çáñ bé réõpéñéd. Réstõré õñé, dîsçárd thé õñés yõü ñõ lõñgér ñééd, õr déçîdé látér: théy áré képt üñtîl yõü sávé õr dîsçárd thém. ··················································]</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>[Üñsávéd çháñgés ······]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>[Fõrm ··]</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>[Çüstõmér ···]</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>[Sávéd ··]</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>[Üñsávéd fõrms ·····]</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>[&amp;Réstõré ···]</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>[&amp;Dîsçárd ···]</translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation>[Dîsçárd &amp;áll ····]</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>[&amp;Látér ··]</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>[Dîsçárd çháñgés? ······]</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>[Yõü hávé çháñgés thát áré ñõt sávéd. Dîsçárd thém? ·················]</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>[&amp;Sávé (%n prõblém(s)) ······]</numerusform>
            <numerusform>[&amp;Sávé (%n prõblém(s)) ······]</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>[&amp;Sávé ··]</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>[Sávîñg… ···]</translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation>[Réstõréd whát yõü typéd õñ %1 áñd dîd ñõt sávé. ··············]</translation>
    </message>
    <message>
        <source>Your session has ended. Close this form and sign in again: when you open it again, everything you typed is still here.</source>
        <translation>[Yõür séssîõñ hás éñdéd. Çlõsé thîs fõrm áñd sîgñ îñ ágáîñ: whéñ yõü õpéñ ît ágáîñ, évérythîñg yõü typéd îs stîll héré. ·······································]</translation>
    </message>
    <message>
        <source>%1 Checking whether the server has the new value…</source>
        <translation>[%1 Çhéçkîñg whéthér thé sérvér hás thé ñéw válüé… ················]</translation>
    </message>
    <message>
        <source>The server has the new value.</source>
        <translation>[Thé sérvér hás thé ñéw válüé. ··········]</translation>
    </message>
    <message>
        <source>The change was not made: the server does not have it. What you typed is still here, and saving again is safe. (Correlation ID: %1)</source>
        <translation>[Thé çháñgé wás ñõt mádé: thé sérvér dõés ñõt hávé ît. Whát yõü typéd îs stîll héré, áñd sávîñg ágáîñ îs sáfé. (Çõrrélátîõñ ÎD: %1) ··········································]</translation>
    </message>
    <message>
        <source>Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is still here; look at the customer before saving again.</source>
        <translation>[Réádîñg thé çüstõmér báçk fáîléd tõõ, sõ thé õütçõmé îs stîll üñkñõwñ: %1 Whát yõü typéd îs stîll héré; lõõk át thé çüstõmér béfõré sávîñg ágáîñ. ···············································]</translation>
    </message>
</context>
<context>
    <name>EditMarginsDialog</name>
    <message>
        <source>Margins — %1</source>
        <translation>[Márgîñs — %1 ···]</translation>
    </message>
    <message>
        <source>Provider instance:</source>
        <translation>[Prõvîdér îñstáñçé: ·······]</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>[&amp;Rélátîõñshîp: ·····]</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>[Rélátîõñshîp ·····]</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>[Prîçé márgîñ pérçéñtágé ········]</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>[Márgîñ rülé ····]</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>[Prîçé &amp;márgîñ: ·····]</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>[Márgîñs pér õffér typé ········]</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>[Léávé émpty tõ üsé thé prîçé márgîñ fõr évéry õffér typé ··················]</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>[Ádd rõ&amp;w ··]</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>[Rémõ&amp;vé rõw ····]</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>[Rémõvés thé séléçtéd rõw (Délété) ············]</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>[Ñõ rõws: thé prîçé márgîñ ápplîés tõ évéry õffér typé. ··················]</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>[Márgîñs pér &amp;õffér typé: ········]</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>[Éxámplé: %1 ···]</translation>
    </message>
    <message>
        <source>The offer types of this provider instance are not known yet.</source>
        <translation>[Thé õffér typés õf thîs prõvîdér îñstáñçé áré ñõt kñõwñ yét. ····················]</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>[Évéry õffér typé õf thîs îñstáñçé álréády hás á márgîñ. ··················]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>[Rülé: ··]</translation>
    </message>
</context>
<context>
    <name>EditMarginsForm</name>
    <message>
        <source>Margins of %1 in %2 saved.</source>
        <translation>[Márgîñs õf %1 îñ %2 sávéd. ·······]</translation>
    </message>
</context>
<context>
    <name>FieldErrorBinder</name>
    <message>
        <source>%1: %2</source>
        <translation>[%1: %2 ·]</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>[%1, %2: %3 ·]</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>Not a date: enter it like %1.</source>
        <translation>[Ñõt á dáté: éñtér ît lîké %1. ········]</translation>
    </message>
    <message>
        <source>The server has the new value (only its answer was lost). %1</source>
        <translation>[Thé sérvér hás thé ñéw válüé (õñly îts áñswér wás lõst). %1 ··················]</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>[ÇSV fîlés (*.çsv);;Áll fîlés (*) ···········]</translation>
    </message>
    <message>
        <source>Import internal identifiers</source>
        <translation>[Împõrt îñtérñál îdéñtîfîérs ··········]</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>[Çhõõsé &amp;fîlé… ····]</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>[Ñõ fîlé çhõséñ. ·····]</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>[Çüstõmér ÎD ····]</translation>
    </message>
    <message>
        <source>Current internal identifier</source>
        <translation>[Çürréñt îñtérñál îdéñtîfîér ··········]</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>[Dõmáîñ ··]</translation>
    </message>
    <message>
        <source>Customer &amp;column:</source>
        <translation>[Çüstõmér &amp;çõlümñ: ······]</translation>
    </message>
    <message>
        <source>&amp;New identifier column:</source>
        <translation>[&amp;Ñéw îdéñtîfîér çõlümñ: ········]</translation>
    </message>
    <message>
        <source>&amp;Reseller column:</source>
        <translation>[&amp;Réséllér çõlümñ: ······]</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>[Áll rõws ···]</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>[Çháñgéd ···]</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>[Üñçháñgéd ····]</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>[Prõbléms ···]</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>[&amp;Shõw: ··]</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>[&amp;Ápply ··]</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>[&amp;Sávé résülts ás ÇSV… ·······]</translation>
    </message>
    <message numerus="yes">
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>[Çháñgé thé îñtérñál îdéñtîfîér õf %n çüstõmér(s)? ················]</numerusform>
            <numerusform>[Çháñgé thé îñtérñál îdéñtîfîér õf %n çüstõmér(s)? ················]</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>[Sávé résülts ás ÇSV ······]</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>[Thé résülts çõüld ñõt bé sávéd: %1 ··········]</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1 (correlation ID %2)</source>
        <translation>[Thé çüstõmér lîst çõüld ñõt bé réád: %1 (çõrrélátîõñ ÎD %2) ··················]</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>[%1 çõüld ñõt bé réád: %2 ······]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>[(ñõñé) ··]</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>[(çhõõsé á çõlümñ) ······]</translation>
    </message>
    <message>
        <source>Choose a CSV file with a column naming each customer and one with its new identifier.</source>
        <translation>[Çhõõsé á ÇSV fîlé wîth á çõlümñ ñámîñg éáçh çüstõmér áñd õñé wîth îts ñéw îdéñtîfîér. ····························]</translation>
    </message>
    <message>
        <source>Choose the column that names the customer and the one with the new identifier.</source>
        <translation>[Çhõõsé thé çõlümñ thát ñámés thé çüstõmér áñd thé õñé wîth thé ñéw îdéñtîfîér. ··························]</translation>
    </message>
    <message>
        <source>Checking every row against the customer list…</source>
        <translation>[Çhéçkîñg évéry rõw ágáîñst thé çüstõmér lîst… ················]</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>[%n prõblém(s): ñõthîñg çáñ bé séñt üñtîl thé fîlé îs çõrréçtéd. ····················]</numerusform>
            <numerusform>[%n prõblém(s): ñõthîñg çáñ bé séñt üñtîl thé fîlé îs çõrréçtéd. ····················]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 cleared, %3 unchanged.</source>
        <translation>[%1 çháñgéd, %2 çléáréd, %3 üñçháñgéd. ··········]</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>[Séñdîñg… ···]</translation>
    </message>
    <message>
        <source>Done. Each row&apos;s outcome is in the table.</source>
        <translation>[Dõñé. Éáçh rõw&apos;s õütçõmé îs îñ thé táblé. ··············]</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>[hõlds: ··]</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>[Rõ&amp;ws: ··]</translation>
    </message>
</context>
<context>
    <name>InternalIdImportModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>[Rõw %1: %2 ··]</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>[Thé fîlé îs émpty. ······]</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>[(çléáréd) ····]</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>[%1 (üñçháñgéd) ····]</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>[%1: HTTP %2 %3 ··]</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>[Rõw ·]</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>[Çüstõmér ···]</translation>
    </message>
    <message>
        <source>Current identifier</source>
        <translation>[Çürréñt îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>New identifier</source>
        <translation>[Ñéw îdéñtîfîér ·····]</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>[Prõblém ···]</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>[Õütçõmé ···]</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>[Çõrrélátîõñ ÎD ·····]</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierDialog</name>
    <message>
        <source>Internal identifier — %1</source>
        <translation>[Îñtérñál îdéñtîfîér — %1 ········]</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>[Îñtérñál îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>[Rélátîõñshîp ·····]</translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation>[Õür õwñ rélátîõñshîp ·······]</translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation>[Thé réséllér&apos;s rélátîõñshîp (%1) ···········]</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>[Ç&amp;léár ··]</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>[&amp;Válüé: ··]</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>[&amp;Rélátîõñshîp: ·····]</translation>
    </message>
    <message>
        <source>Empty: no internal identifier</source>
        <translation>[Émpty: ñõ îñtérñál îdéñtîfîér ··········]</translation>
    </message>
    <message>
        <source>Empties the internal identifier</source>
        <translation>[Émptîés thé îñtérñál îdéñtîfîér ···········]</translation>
    </message>
    <message>
        <source>Clear the internal identifier?</source>
        <translation>[Çléár thé îñtérñál îdéñtîfîér? ···········]</translation>
    </message>
    <message>
        <source>The internal identifier of %1 will be removed.</source>
        <translation>[Thé îñtérñál îdéñtîfîér õf %1 wîll bé rémõvéd. ···············]</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierForm</name>
    <message>
        <source>Internal identifier of %1 cleared.</source>
        <translation>[Îñtérñál îdéñtîfîér õf %1 çléáréd. ···········]</translation>
    </message>
    <message>
        <source>Internal identifier of %1 set to %2.</source>
        <translation>[Îñtérñál îdéñtîfîér õf %1 sét tõ %2. ··········]</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>[Lîñk çõpîéd. ····]</translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation>[Émáîl téxt çõpîéd. ······]</translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation>[Rélátîõñshîp lîñk — %1 ·······]</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>[&amp;Prõvîdér îñstáñçé: ·······]</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>[Prõvîdér îñstáñçé ······]</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>[&amp;Réséllér: ····]</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>[Réséllér ···]</translation>
    </message>
    <message>
        <source>None — relationship with the CSP</source>
        <translation>[Ñõñé — rélátîõñshîp wîth thé ÇSP ···········]</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>[Émáîl &amp;láñgüágé: ······]</translation>
    </message>
    <message>
        <source>Email language</source>
        <translation>[Émáîl láñgüágé ·····]</translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation>[&amp;Gét lîñk ···]</translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation>[Rélátîõñshîp áççéptáñçé lîñk ··········]</translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation>[Çhõõsé áñ îñstáñçé áñd gét thé lîñk ············]</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>[&amp;Çõpy lîñk ···]</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>[&amp;Õpéñ îñ brõwsér ·····]</translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation>[Çõpy &amp;émáîl téxt ·····]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çlõsé ··]</translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation>[Géttîñg thé lîñk… ······]</translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation>[Lîñk réády. ····]</translation>
    </message>
    <message>
        <source>Link opened in the browser.</source>
        <translation>[Lîñk õpéñéd îñ thé brõwsér. ·········]</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>[Ñõ brõwsér çõüld bé õpéñéd. Çõpy thé lîñk áñd pásté ît îñtõ õñé. ·····················]</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>[Héllõ,

Tõ lét üs máñágé yõür çlõüd sübsçrîptîõñs fõr %1, pléásé õpéñ thé lîñk bélõw whîlé sîgñéd îñ ás á glõbál ádmîñîstrátõr õf yõür õrgáñîsátîõñ áñd áççépt thé rélátîõñshîp:

%2

Áççéptîñg mákés üs yõür réséllér: wé çáñ büy áñd máñágé sübsçrîptîõñs áñd lîçéñçés fõr yõü. Ît gîvés üs ñõ ádmîñîstrátõr rõlé îñ yõür õrgáñîsátîõñ áñd ñõ áççéss tõ yõür dátá. Yõü çáñ éñd thé rélátîõñshîp át áñy tîmé îñ yõür Mîçrõsõft 365 ádmîñ çéñtré.

Kîñd régárds ··················································································································································]</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller and also gives us delegated administration privileges: our administrators will be able to manage your organisation, its users, services and data, as a global administrator can. You can remove these privileges, or end the relationship, at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>[Héllõ,

Tõ lét üs máñágé yõür çlõüd sübsçrîptîõñs fõr %1, pléásé õpéñ thé lîñk bélõw whîlé sîgñéd îñ ás á glõbál ádmîñîstrátõr õf yõür õrgáñîsátîõñ áñd áççépt thé rélátîõñshîp:

%2

Áççéptîñg mákés üs yõür réséllér áñd álsõ gîvés üs délégátéd ádmîñîstrátîõñ prîvîlégés: õür ádmîñîstrátõrs wîll bé áblé tõ máñágé yõür õrgáñîsátîõñ, îts üsérs, sérvîçés áñd dátá, ás á glõbál ádmîñîstrátõr çáñ. Yõü çáñ rémõvé thésé prîvîlégés, õr éñd thé rélátîõñshîp, át áñy tîmé îñ yõür Mîçrõsõft 365 ádmîñ çéñtré.

Kîñd régárds ·········································································································································································]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation>[Thé séçrét çõüld ñõt bé sávéd îñ thé systém kéyçháîñ (%1). Ît îs képt îñ mémõry üñtîl thé ápp çlõsés. ································]</translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation>[ÇlõüdÇõçkpît Ádmîñ ·······]</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>[Çõmpáñy ñámé ····]</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>[Dõmáîñ ··]</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>[Îñtérñál îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation>[Prõvîdér çüstõmér ÎD ·······]</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>[Séárçh îñ ···]</translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation>[Séárçh thé sérvér (Çtrl+F) ·········]</translation>
    </message>
    <message>
        <source>Server search</source>
        <translation>[Sérvér séárçh ·····]</translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation>[Fîltér lõádéd çüstõmérs îñstáñtly ············]</translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation>[Lõçál fîltér ····]</translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation>[Îñçlüdé &amp;délétéd ······]</translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation>[Résé&amp;llér: ····]</translation>
    </message>
    <message>
        <source>All</source>
        <translation>[Áll ·]</translation>
    </message>
    <message>
        <source>Reseller filter</source>
        <translation>[Réséllér fîltér ······]</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>[&amp;Réfrésh ···]</translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation>[Rélõád thé çüstõmérs (F5) ·········]</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>[Çüstõmérs ····]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Çáñçél ··]</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>[Çáñçél lõádîñg ·····]</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>[&amp;Séssîõñ ···]</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation>[Sîgñ &amp;õüt / swîtçh téñáñt ········]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Qüît ··]</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>[&amp;Çüstõmérs ····]</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>[&amp;Fîñd… ··]</translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation>[Çõpy rélátîõñshîp &amp;lîñk ········]</translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation>[Thé démõ îs ñõt áváîláblé îñ thîs büîld. ·············]</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>[Thé démõ çõüld ñõt stárt: %1 ········]</translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation>[Yõür séssîõñ éñdéd õr thé sérvér réfüséd thé tõkéñ. Sîgñ îñ ágáîñ tõ çõñtîñüé whéré yõü wéré. ·······························]</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>[réséllér ···]</translation>
    </message>
    <message>
        <source>CSP</source>
        <translation>[ÇSP ·]</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>[üñkñõwñ rõlé ····]</translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation>[tõkéñ réñéws áütõmátîçálly ··········]</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation>[séssîõñ éxpîrés %1 ······]</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>[%1 · %2 · %3 ·]</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>[Ñõt sîgñéd îñ ····]</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>[Lõádîñg %1 õf %2 ····]</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>[%1 õf %Lñ çüstõmér(s) mátçh ········]</numerusform>
            <numerusform>[%1 õf %Lñ çüstõmér(s) mátçh ········]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>[%Lñ çüstõmér(s) ······]</numerusform>
            <numerusform>[%Lñ çüstõmér(s) ······]</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship link for %1 copied.</source>
        <translation>[Rélátîõñshîp lîñk fõr %1 çõpîéd. ··········]</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>[&amp;Préféréñçés… ·····]</translation>
    </message>
    <message>
        <source>&amp;Fit columns to the list</source>
        <translation>[&amp;Fît çõlümñs tõ thé lîst ········]</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>[Ç&amp;õlümñs ···]</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>company name of a deleted customer</comment>
        <translation>[%1 (délétéd) ····]</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>[Rétryîñg îñ %n s … ·····]</numerusform>
            <numerusform>[Rétryîñg îñ %n s … ·····]</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>[Lõádîñg çüstõmérs… ·······]</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload failed</source>
        <translation>[shõwîñg thé lîst ás õf %1 — rélõád fáîléd ············]</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload cancelled</source>
        <translation>[shõwîñg thé lîst ás õf %1 — rélõád çáñçélléd ··············]</translation>
    </message>
    <message>
        <source>incomplete — loading failed</source>
        <translation>[îñçõmplété — lõádîñg fáîléd ··········]</translation>
    </message>
    <message>
        <source>incomplete — loading cancelled</source>
        <translation>[îñçõmplété — lõádîñg çáñçélléd ···········]</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer count · why the list is not current</comment>
        <translation>[%1 · %2 ·]</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>[Ñõ çüstõmérs mátçh “%1”. ········]</translation>
    </message>
    <message>
        <source>Cl&amp;ear the filter</source>
        <translation>[Çl&amp;éár thé fîltér ······]</translation>
    </message>
    <message>
        <source>No customers match “%1” on the server.</source>
        <translation>[Ñõ çüstõmérs mátçh “%1” õñ thé sérvér. ············]</translation>
    </message>
    <message>
        <source>Cl&amp;ear the search</source>
        <translation>[Çl&amp;éár thé séárçh ······]</translation>
    </message>
    <message>
        <source>The customers could not be loaded.</source>
        <translation>[Thé çüstõmérs çõüld ñõt bé lõádéd. ············]</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>[Ñõ çüstõmérs tõ shõw. ·······]</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>[Çõrrélátîõñ ÎD: %1 ······]</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>[Éxpõrt çüstõmérs ······]</translation>
    </message>
    <message>
        <source>&amp;Import internal identifiers…</source>
        <translation>[&amp;Împõrt îñtérñál îdéñtîfîérs… ··········]</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>[&amp;Éxpõrt… ···]</translation>
    </message>
    <message>
        <source>No direct customers in the list: every customer loaded has a reseller.</source>
        <translation>[Ñõ dîréçt çüstõmérs îñ thé lîst: évéry çüstõmér lõádéd hás á réséllér. ························]</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>[Thé lîst çõüld ñõt bé éxpõrtéd: %1 ··········]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>[Éxpõrtéd %n çüstõmér(s) tõ %1. ·········]</numerusform>
            <numerusform>[Éxpõrtéd %n çüstõmér(s) tõ %1. ·········]</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Microsoft Customer Agreements…</source>
        <translation>[&amp;Mîçrõsõft Çüstõmér Ágrééméñts… ···········]</translation>
    </message>
    <message>
        <source>Searc&amp;h in:</source>
        <translation>[Séárç&amp;h îñ: ····]</translation>
    </message>
    <message>
        <source>Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, in any order. Put a phrase in double quotes to find it as written.</source>
        <translation>[Shõws thé lõádéd çüstõmérs whõsé ñámé, dõmáîñ, îdéñtîfîér, réséllér, pláçé õr émáîl hõld évéry wõrd typéd, îñ áñy õrdér. Püt á phrásé îñ dõüblé qüõtés tõ fîñd ît ás wrîttéñ. ··························································]</translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>[&amp;Kéép prîmáry çõñtáçt îñfõrmátîõñ ············]</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation>[Mîçrõsõft Çüstõmér Ágrééméñt — %1 ···········]</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>[&amp;Prõvîdér îñstáñçé: ·······]</translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation>[Mîçrõsõft prõvîdér îñstáñçé ··········]</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>[Ágrééméñt dáté ·····]</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>[&amp;Fîrst ñámé: ····]</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>[Fîrst ñámé ····]</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>[&amp;Lást ñámé: ····]</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>[Lást ñámé ···]</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>[&amp;Émáîl: ··]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émáîl ··]</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>[P&amp;hõñé: ··]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Phõñé ··]</translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation>[Thîs çüstõmér îs îñ ñõ Mîçrõsõft prõvîdér îñstáñçé yét: ádd õñé fîrst. ························]</translation>
    </message>
    <message>
        <source>When on, the agreement uses the customer&apos;s primary contact shown below</source>
        <translation>[Whéñ õñ, thé ágrééméñt üsés thé çüstõmér&apos;s prîmáry çõñtáçt shõwñ bélõw ························]</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>[ñámé@éxámplé.çõm ······]</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>[+1 425 555 0100 ·····]</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>[Ágrééméñt dá&amp;té: ······]</translation>
    </message>
</context>
<context>
    <name>McaForm</name>
    <message>
        <source>Microsoft Customer Agreement of %1 recorded, accepted on %2.</source>
        <translation>[Mîçrõsõft Çüstõmér Ágrééméñt õf %1 réçõrdéd, áççéptéd õñ %2. ···················]</translation>
    </message>
</context>
<context>
    <name>McaListModel</name>
    <message>
        <source>Required</source>
        <translation>[Réqüîréd ···]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>[Péñdîñg ···]</translation>
    </message>
    <message>
        <source>Expired links</source>
        <translation>[Éxpîréd lîñks ·····]</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>[Réády tõ çréáté ·····]</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>[Çõmplîáñt ····]</translation>
    </message>
    <message>
        <source>No acceptance link has been generated for the customer yet.</source>
        <translation>[Ñõ áççéptáñçé lîñk hás bééñ géñérátéd fõr thé çüstõmér yét. ····················]</translation>
    </message>
    <message>
        <source>The customer has an acceptance link and has not accepted yet.</source>
        <translation>[Thé çüstõmér hás áñ áççéptáñçé lîñk áñd hás ñõt áççéptéd yét. ····················]</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance link expired before they accepted.</source>
        <translation>[Thé çüstõmér&apos;s áççéptáñçé lîñk éxpîréd béfõré théy áççéptéd. ·····················]</translation>
    </message>
    <message>
        <source>The customer accepted: the agreement can be recorded.</source>
        <translation>[Thé çüstõmér áççéptéd: thé ágrééméñt çáñ bé réçõrdéd. ··················]</translation>
    </message>
    <message>
        <source>The agreement is in place.</source>
        <translation>[Thé ágrééméñt îs îñ pláçé. ·········]</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>[Wáîtîñg… ···]</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>[Réfréshîñg… ····]</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>[Réádîñg… ···]</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>[Réfréshéd ····]</translation>
    </message>
    <message>
        <source>Link expires %1</source>
        <translation>[Lîñk éxpîrés %1 ····]</translation>
    </message>
    <message>
        <source>Link expired %1</source>
        <translation>[Lîñk éxpîréd %1 ····]</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>[Áççéptéd %1 ···]</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory email, phone</comment>
        <translation>[%1, %2 ·]</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>[Çõrrélátîõñ ÎD: %1 ······]</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>[Çõmpáñy ···]</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>[Prõvîdér îñstáñçé ······]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Státüs ··]</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>[Sîgñátõry ····]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Dáté ··]</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>[Réfrésh ···]</translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>[Státüs réfréshéd fõr %Lñ ágrééméñt(s). ··············]</numerusform>
            <numerusform>[Státüs réfréshéd fõr %Lñ ágrééméñt(s). ··············]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>[Státüs réfréshéd fõr %1, fáîléd fõr %Lñ ágrééméñt(s): séé thé Réfrésh çõlümñ. ··························]</numerusform>
            <numerusform>[Státüs réfréshéd fõr %1, fáîléd fõr %Lñ ágrééméñt(s): séé thé Réfrésh çõlümñ. ··························]</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Customer Agreements</source>
        <translation>[Mîçrõsõft Çüstõmér Ágrééméñts ···········]</translation>
    </message>
    <message>
        <source>Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation API: the partner can sell to a customer only when its agreement is in place. Choose a group to see its customers.</source>
        <translation>[Sîñçé 5 Jáñüáry 2026 Mîçrõsõft áççépts á Mîçrõsõft Çüstõmér Ágrééméñt õñly thrõügh îts áttéstátîõñ ÁPÎ: thé pártñér çáñ séll tõ á çüstõmér õñly whéñ îts ágrééméñt îs îñ pláçé. Çhõõsé á grõüp tõ séé îts çüstõmérs. ·······································································]</translation>
    </message>
    <message>
        <source>Shows the customers of every group</source>
        <translation>[Shõws thé çüstõmérs õf évéry grõüp ············]</translation>
    </message>
    <message>
        <source>Filter by company, instance or signatory</source>
        <translation>[Fîltér by çõmpáñy, îñstáñçé õr sîgñátõry ··············]</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>[Fîltér ágrééméñts ······]</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>[Réfrésh &amp;státüs ·····]</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the selected agreements</source>
        <translation>[Ásks Mîçrõsõft fõr thé çürréñt státüs õf thé séléçtéd ágrééméñts ······················]</translation>
    </message>
    <message>
        <source>Record &amp;agreement…</source>
        <translation>[Réçõrd &amp;ágrééméñt… ······]</translation>
    </message>
    <message>
        <source>Records that the customer accepted the Microsoft Customer Agreement</source>
        <translation>[Réçõrds thát thé çüstõmér áççéptéd thé Mîçrõsõft Çüstõmér Ágrééméñt ························]</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>[Ré&amp;lõád ··]</translation>
    </message>
    <message>
        <source>Reads every agreement again (F5)</source>
        <translation>[Réáds évéry ágrééméñt ágáîñ (F5) ···········]</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>[&amp;Réqüîréd ···]</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>[&amp;Péñdîñg ···]</translation>
    </message>
    <message>
        <source>E&amp;xpired links</source>
        <translation>[É&amp;xpîréd lîñks ·····]</translation>
    </message>
    <message>
        <source>Ready to &amp;create</source>
        <translation>[Réády tõ &amp;çréáté ·····]</translation>
    </message>
    <message>
        <source>C&amp;ompliant</source>
        <translation>[Ç&amp;õmplîáñt ····]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln agreement(s)</source>
        <translation>
            <numerusform>[%1: %Lñ ágrééméñt(s) ······]</numerusform>
            <numerusform>[%1: %Lñ ágrééméñt(s) ······]</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>[Á&amp;ll ·]</translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln agreement(s)</source>
        <translation>
            <numerusform>[Áll: %Lñ ágrééméñt(s) ········]</numerusform>
            <numerusform>[Áll: %Lñ ágrééméñt(s) ········]</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>[Lõádîñg %1 õf %2 ····]</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>[Lõádîñg ágrééméñts… ·······]</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>[%1 õf %Lñ ágrééméñt(s) shõwñ ·········]</numerusform>
            <numerusform>[%1 õf %Lñ ágrééméñt(s) shõwñ ·········]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>[%Lñ ágrééméñt(s) ······]</numerusform>
            <numerusform>[%Lñ ágrééméñt(s) ······]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agreement count · what the last refresh came to</comment>
        <translation>[%1 · %2 ·]</translation>
    </message>
    <message>
        <source>Refresh &amp;status (%L1)</source>
        <translation>[Réfrésh &amp;státüs (%L1) ·······]</translation>
    </message>
</context>
<context>
    <name>OfferTypeMarginModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>[%1 → %2 ·]</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>[ñõt défîñéd ····]</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>[Õffér typé ····]</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>[Pérçéñtágé ····]</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>[Rülé ··]</translation>
    </message>
    <message>
        <source>Example price</source>
        <translation>[Éxámplé prîçé ·····]</translation>
    </message>
    <message>
        <source>What this rule makes of a price of %1</source>
        <translation>[Whát thîs rülé mákés õf á prîçé õf %1 ···········]</translation>
    </message>
    <message>
        <source>What each rule makes of a price of %1</source>
        <translation>[Whát éáçh rülé mákés õf á prîçé õf %1 ···········]</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>[Préféréñçés ····]</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>[&amp;Láñgüágé: ····]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>[Láñgüágé ···]</translation>
    </message>
    <message>
        <source>The whole window changes at once. Dates and numbers follow the language too.</source>
        <translation>[Thé whõlé wîñdõw çháñgés át õñçé. Dátés áñd ñümbérs fõllõw thé láñgüágé tõõ. ··························]</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>[Éxtrá ÇÁ çértîfîçátés ········]</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>[PÉM çértîfîçátés (*.pém *.çrt);;Áll fîlés (*) ················]</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>[Éxtrá &amp;ÇÁ çértîfîçátés: ········]</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting company proxy</source>
        <translation>[PÉM fîlé, fõr á TLS-îñspéçtîñg çõmpáñy prõxy ···············]</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>[&amp;Brõwsé… ···]</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>[&amp;Prõxy: ··]</translation>
    </message>
    <message>
        <source>System proxy (leave empty), or http://proxy.example.com:3128</source>
        <translation>[Systém prõxy (léávé émpty), õr http://prõxy.éxámplé.çõm:3128 ······················]</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>[Prõxy ··]</translation>
    </message>
    <message>
        <source>Network settings apply from the next sign-in.</source>
        <translation>[Ñétwõrk séttîñgs ápply frõm thé ñéxt sîgñ-îñ. ················]</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Direct customers only</source>
        <translation>[Dîréçt çüstõmérs õñly ········]</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation>[Ñõ kéyçháîñ îs áváîláblé. ·········]</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not read or saved in this session: %1 is not a regular file.</source>
        <translation>[Séttîñgs áré ñõt réád õr sávéd îñ thîs séssîõñ: %1 îs ñõt á régülár fîlé. ·······················]</translation>
    </message>
    <message>
        <source>Settings are not read or saved in this session: %1 is larger than %L2 MB.</source>
        <translation>[Séttîñgs áré ñõt réád õr sávéd îñ thîs séssîõñ: %1 îs lárgér tháñ %L2 MB. ·······················]</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation>[Sîgñ îñ tõ ÇlõüdÇõçkpît ········]</translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation>[Üsé áñ ÁPÎ Áççéss õf yõür téñáñt, õr pásté á béárér tõkéñ. Ñõ áççõüñt át háñd? Try thé démõ: ît rüñs á sáñdbõx téñáñt õñ thîs çõmpütér. ············································]</translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation>[&amp;Téñáñt dõmáîñ: ·····]</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>[Téñáñt dõmáîñ ·····]</translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation>[Thé dõmáîñ yõü üsé tõ réáçh thé ÇlõüdÇõçkpît põrtál, é.g. põrtál.çõñtõsõ.çõm ··························]</translation>
    </message>
    <message>
        <source>portal.contoso.com</source>
        <translation>[põrtál.çõñtõsõ.çõm ·······]</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>[&amp;Béárér tõkéñ ····]</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>[Ç&amp;lîéñt ÎD: ····]</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>[Çlîéñt ÎD ···]</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>[Çlîéñt s&amp;éçrét: ·····]</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>[Çlîéñt séçrét ·····]</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>[Tõ&amp;kéñ: ··]</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>[Béárér tõkéñ ····]</translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation>[éyJ0éXÁîÕîJKV1Qî… ·······]</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>[&amp;Rémémbér õñ thîs çõmpütér (îñ thé systém kéyçháîñ) ·················]</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>[&amp;Ádváñçéd ···]</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>[ÁPÎ &amp;ÜRL: ···]</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>[ÁPÎ ÜRL ··]</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>[T&amp;õkéñ ÜRL: ····]</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>[Tõkéñ ÜRL ···]</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>[Sîgñ &amp;îñ ··]</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>[Try thé &amp;démõ ····]</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation>[Stárts á sáñdbõx téñáñt õñ thîs çõmpütér áñd sîgñs îñ tõ ît ···················]</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>[Sîgñîñg îñ… ····]</translation>
    </message>
    <message>
        <source>A&amp;PI Access (client ID and secret)</source>
        <translation>[Á&amp;PÎ Áççéss (çlîéñt ÎD áñd séçrét) ···········]</translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>[Çõüld ñõt réáçh thé sérvér. Çhéçk thé áddréss áñd yõür ñétwõrk çõññéçtîõñ. ·························]</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>[Thé sérvér dîd ñõt áñswér îñ tîmé. ···········]</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>[Thé séçüré çõññéçtîõñ tõ thé sérvér çõüld ñõt bé éstáblîshéd. ·····················]</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>[Thé sérvér réfüséd thé çrédéñtîáls. Sîgñ îñ ágáîñ. ·················]</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>[Yõü áré ñõt állõwéd tõ dõ thîs. ··········]</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>[Thé sérvér çõüld ñõt fîñd whát wás áskéd fõr. ···············]</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>[Sõmé fîélds ñééd áttéñtîõñ. ··········]</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>[Thé sérvér réjéçtéd thé îñpüt. ··········]</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>[Thé sérvér îs büsy. Try ágáîñ îñ á mõméñt. ··············]</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>[Thé sérvér répõrtéd áñ érrõr (HTTP %1). ············]</translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation>[Thé sérvér séñt á réspõñsé thîs ápp dõés ñõt üñdérstáñd. ···················]</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>[Çáñçélléd. ····]</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>[Kîñd: %1 ··]</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>[HTTP státüs: %1 ····]</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>[Typé: %1 ··]</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>[Çõrrélátîõñ ÎD: %1 ······]</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>[Détáîl: %1 ···]</translation>
    </message>
    <message>
        <source>Its answer could not be read.</source>
        <translation>[Îts áñswér çõüld ñõt bé réád. ··········]</translation>
    </message>
    <message>
        <source>The connection closed before the answer came.</source>
        <translation>[Thé çõññéçtîõñ çlõséd béfõré thé áñswér çámé. ················]</translation>
    </message>
    <message>
        <source>The answer to this change was lost: it may or may not have been made.</source>
        <translation>[Thé áñswér tõ thîs çháñgé wás lõst: ît máy õr máy ñõt hávé bééñ mádé. ······················]</translation>
    </message>
    <message>
        <source>Outcome: unknown</source>
        <translation>[Õütçõmé: üñkñõwñ ······]</translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>[çértîfîçáté fõr %1, îssüéd by %2, válîd %3 tõ %4, SHÁ-256 %5 ················]</translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation>[Thé áddréss dîd ñõt áñswér lîké á tõkéñ éñdpõîñt. ················]</translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation>[Thé çlîéñt séçrét wás réfüséd. Çhéçk ît, õr çréáté á ñéw õñé. ····················]</translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation>[Thîs çlîéñt ÎD îs ñõt kñõwñ tõ thé îdéñtîty prõvîdér. ··················]</translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation>[Thé îdéñtîty prõvîdér réfüséd thé ÇlõüdÇõçkpît ÁPÎ sçõpé. ····················]</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>[Thé îdéñtîty prõvîdér réfüséd thé sîgñ-îñ: %1 ···············]</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>[Thé tõkéñ éñdpõîñt áñswéréd HTTP %1. ············]</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>[Ñõ áñswér wîthîñ %n séçõñd(s). ··········]</numerusform>
            <numerusform>[Ñõ áñswér wîthîñ %n séçõñd(s). ··········]</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation>[Thé çõññéçtîõñ çlõséd béfõré thé sérvér áñswéréd; thé réqüést wás ñõt répéátéd béçáüsé thé sérvér máy hávé çárrîéd ît õüt. Çhéçk béfõré yõü rétry. ·················································]</translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation>[Thé réspõñsé wás lárgér tháñ %1 áñd wás ñõt réád. ···············]</translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation>[Üsé á ÜÜÎD süçh ás 3f2b9ç4é-8d1á-4ç7é-9b0f-2á6d5é8ç1b7á. ····················]</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>[Ñõt sîgñéd îñ. ·····]</translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation>[Éñtér thé dõmáîñ yõü üsé tõ réáçh thé põrtál, fõr éxámplé põrtál.çõñtõsõ.çõm. ··························]</translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation>[Éñtér á dõmáîñ ñámé õñly, wîthõüt https:// õr á páth. ··················]</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>[Réqüîréd. ····]</translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation>[Thîs îs ñõt á béárér tõkéñ (á JWT hás thréé párts sépárátéd by dõts). ······················]</translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation>[Thîs tõkéñ éxpîréd õñ %1. Gét á ñéw õñé. ············]</translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation>[Thé sérvér réfüséd thîs tõkéñ. ··········]</translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation>[Thé sérvér réfüséd thé tõkéñ îssüéd fõr thîs çlîéñt. ··················]</translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation>[Thésé çrédéñtîáls máy ñõt üsé thîs téñáñt. ··············]</translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation>[Ñõ ÇlõüdÇõçkpît ÁPÎ áñswérs át thîs áddréss. ···············]</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>[Thé págé ñümbér stárts át 1. ·········]</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>[Thé págé sîzé müst bé bétwééñ 1 áñd %1. ············]</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>[Çhõõsé á prõvîdér îñstáñçé. ··········]</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>[áñ áddréss thát îs ñõt válîd ·········]</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer was larger than %1 and was not read.</source>
        <translation>[Thé tõkéñ éñdpõîñt&apos;s áñswér wás lárgér tháñ %1 áñd wás ñõt réád. ····················]</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint&apos;s own address.</source>
        <translation>[Thé tõkéñ éñdpõîñt rédîréçtéd tõ %1; thé çlîéñt séçrét îs ñévér séñt õñ tõ áñõthér áddréss. Éñtér thé tõkéñ éñdpõîñt&apos;s õwñ áddréss. ···········································]</translation>
    </message>
    <message>
        <source>It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.</source>
        <translation>[Ît rédîréçtéd thé çháñgé tõ %1; á çháñgé îs ñévér séñt õñ tõ áñõthér áddréss, sõ ñõthîñg wás séñt théré. ·································]</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>[Ît rédîréçtéd thé réqüést mõré tháñ %n tîmé(s); thé lást põîñtéd tõ %1. ······················]</numerusform>
            <numerusform>[Ît rédîréçtéd thé réqüést mõré tháñ %n tîmé(s); thé lást põîñtéd tõ %1. ······················]</numerusform>
        </translation>
    </message>
    <message>
        <source>It redirected the request to %1, which is not the API&apos;s address; it was not followed, so that your credentials stay with the API.</source>
        <translation>[Ît rédîréçtéd thé réqüést tõ %1, whîçh îs ñõt thé ÁPÎ&apos;s áddréss; ît wás ñõt fõllõwéd, sõ thát yõür çrédéñtîáls stáy wîth thé ÁPÎ. ··········································]</translation>
    </message>
    <message>
        <source>The token holds spaces, line breaks or other characters a bearer token cannot have.</source>
        <translation>[Thé tõkéñ hõlds spáçés, lîñé bréáks õr õthér çháráçtérs á béárér tõkéñ çáññõt hávé. ····························]</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>[Çhõõsé á Mîçrõsõft prõvîdér îñstáñçé. ·············]</translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation>[Éñtér á füll áddréss, fõr éxámplé https://ápî.çlõüdçõçkpît.çõm. ·······················]</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation>[Õñly https:// áddréssés áré állõwéd (pláîñ http õñly fõr thîs çõmpütér). ·························]</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>[Üsé áñ https:// áddréss. ········]</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>[Ñõ kéyçháîñ îs áváîláblé õñ thîs çõmpütér (%1). ···············]</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>[Áççéss tõ thé kéyçháîñ wás déñîéd. ············]</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>[Thé kéyçháîñ répõrtéd áñ érrõr: %1 ···········]</translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation>[Thé ÇÁ büñdlé %1 çõüld ñõt bé réád. ··········]</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>[Thé ÇÁ büñdlé %1 hõlds ñõ PÉM çértîfîçáté. ·············]</translation>
    </message>
    <message>
        <source>Use a proxy address such as http://proxy.example.com:3128.</source>
        <translation>[Üsé á prõxy áddréss süçh ás http://prõxy.éxámplé.çõm:3128. ·····················]</translation>
    </message>
</context>
<context>
    <name>cc::OrderedPages</name>
    <message>
        <source>The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.</source>
        <translation>[Thé sérvér répõrts %1 çüstõmérs õr págés, mõré tháñ thé %2 õñé lîstîñg réáds; ñõthîñg pást thé lîmît wás réád. ···································]</translation>
    </message>
</context>
<context>
    <name>cc::ProfileStore</name>
    <message>
        <source>Profiles are not read or saved: %1 is not a regular file.</source>
        <translation>[Prõfîlés áré ñõt réád õr sávéd: %1 îs ñõt á régülár fîlé. ··················]</translation>
    </message>
    <message>
        <source>Profiles could not be read from %1.</source>
        <translation>[Prõfîlés çõüld ñõt bé réád frõm %1. ···········]</translation>
    </message>
    <message>
        <source>Profiles are not read or saved: %1 is larger than %L2 KB.</source>
        <translation>[Prõfîlés áré ñõt réád õr sávéd: %1 îs lárgér tháñ %L2 KB. ··················]</translation>
    </message>
    <message>
        <source>Profiles could not be saved to %1.</source>
        <translation>[Prõfîlés çõüld ñõt bé sávéd tõ %1. ··········]</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is locked.</source>
        <translation>[Prõfîlés çõüld ñõt bé sávéd: %1 îs lõçkéd. ·············]</translation>
    </message>
</context>
<context>
    <name>cc::bulk</name>
    <message>
        <source>this row has %1 columns, the header %2.</source>
        <translation>[thîs rõw hás %1 çõlümñs, thé héádér %2. ···········]</translation>
    </message>
    <message>
        <source>empty: which customer is this row for?</source>
        <translation>[émpty: whîçh çüstõmér îs thîs rõw fõr? ·············]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer ID.</source>
        <translation>[&apos;%1&apos; îs ñõt á çüstõmér ÎD. ········]</translation>
    </message>
    <message>
        <source>no customer has the ID %1.</source>
        <translation>[ñõ çüstõmér hás thé ÎD %1. ········]</translation>
    </message>
    <message>
        <source>no customer has the domain &apos;%1&apos;.</source>
        <translation>[ñõ çüstõmér hás thé dõmáîñ &apos;%1&apos;. ··········]</translation>
    </message>
    <message>
        <source>no customer has the internal identifier &apos;%1&apos;.</source>
        <translation>[ñõ çüstõmér hás thé îñtérñál îdéñtîfîér &apos;%1&apos;. ···············]</translation>
    </message>
    <message>
        <source>%1 customers match &apos;%2&apos;; use the customer ID.</source>
        <translation>[%1 çüstõmérs mátçh &apos;%2&apos;; üsé thé çüstõmér ÎD. ··············]</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>[%1 îs délétéd. ····]</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>[%1 çháráçtérs; át mõst %2. ·······]</translation>
    </message>
    <message>
        <source>holds a line break, a tab or another control character.</source>
        <translation>[hõlds á lîñé bréák, á táb õr áñõthér çõñtrõl çháráçtér. ··················]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reseller ID.</source>
        <translation>[&apos;%1&apos; îs ñõt á réséllér ÎD. ········]</translation>
    </message>
    <message>
        <source>%1 is not a customer of this reseller.</source>
        <translation>[%1 îs ñõt á çüstõmér õf thîs réséllér. ············]</translation>
    </message>
    <message>
        <source>row %1 already names this customer (%2).</source>
        <translation>[rõw %1 álréády ñámés thîs çüstõmér (%2). ············]</translation>
    </message>
    <message>
        <source>row %1 gives this customer (%2) another value, &apos;%3&apos;.</source>
        <translation>[rõw %1 gîvés thîs çüstõmér (%2) áñõthér válüé, &apos;%3&apos;. ···············]</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; to another customer (%3).</source>
        <translation>[rõw %1 gîvés &apos;%2&apos; tõ áñõthér çüstõmér (%3). ············]</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;; give it another value in this file, or choose another.</source>
        <translation>[%1 álréády hás &apos;%2&apos;; gîvé ît áñõthér válüé îñ thîs fîlé, õr çhõõsé áñõthér. ·······················]</translation>
    </message>
    <message>
        <source>takes &apos;%1&apos; from row %2, which waits for this row in turn: the server refuses a value another customer still holds, so values cannot be swapped in one file. Move one of them to a temporary value first.</source>
        <translation>[tákés &apos;%1&apos; frõm rõw %2, whîçh wáîts fõr thîs rõw îñ türñ: thé sérvér réfüsés á válüé áñõthér çüstõmér stîll hõlds, sõ válüés çáññõt bé swáppéd îñ õñé fîlé. Mõvé õñé õf thém tõ á témpõráry válüé fîrst. ································································]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>[Péñdîñg ···]</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>[Çháñgéd ···]</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>[Üñçháñgéd ····]</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>[Réjéçtéd ···]</translation>
    </message>
    <message>
        <source>Changed (answer lost, checked)</source>
        <translation>[Çháñgéd (áñswér lõst, çhéçkéd) ···········]</translation>
    </message>
    <message>
        <source>Not changed (answer lost, checked)</source>
        <translation>[Ñõt çháñgéd (áñswér lõst, çhéçkéd) ············]</translation>
    </message>
    <message>
        <source>Unknown (answer lost, check failed)</source>
        <translation>[Üñkñõwñ (áñswér lõst, çhéçk fáîléd) ············]</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>[Ñõt séñt ···]</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>[rõw %1: %2 ··]</translation>
    </message>
    <message>
        <source>not a results file of &apos;ccadmin internal-id import&apos;: its header is not %1.</source>
        <translation>[ñõt á résülts fîlé õf &apos;ççádmîñ îñtérñál-îd împõrt&apos;: îts héádér îs ñõt %1. ························]</translation>
    </message>
</context>
<context>
    <name>cc::bulk::ImportRunner</name>
    <message>
        <source>Not sent: row %1, which frees this value, was not applied.</source>
        <translation>[Ñõt séñt: rõw %1, whîçh fréés thîs válüé, wás ñõt ápplîéd. ··················]</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>[Ñõt séñt: thé împõrt wás stõppéd. ···········]</translation>
    </message>
    <message>
        <source>The answer was lost and reading the customer back failed too (%1); look at the customer before you send this row again.</source>
        <translation>[Thé áñswér wás lõst áñd réádîñg thé çüstõmér báçk fáîléd tõõ (%1); lõõk át thé çüstõmér béfõré yõü séñd thîs rõw ágáîñ. ······································]</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the server has the new value.</source>
        <translation>[Thé áñswér wás lõst; réád báçk, thé sérvér hás thé ñéw válüé. ····················]</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the change was not made. Sending this row again is safe.</source>
        <translation>[Thé áñswér wás lõst; réád báçk, thé çháñgé wás ñõt mádé. Séñdîñg thîs rõw ágáîñ îs sáfé. ·····························]</translation>
    </message>
</context>
<context>
    <name>cc::csv</name>
    <message>
        <source>The file is larger than %1, the most that is read.</source>
        <translation>[Thé fîlé îs lárgér tháñ %1, thé mõst thát îs réád. ···············]</translation>
    </message>
    <message>
        <source>The text is not UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>[Thé téxt îs ñõt ÜTF-8; sávé thé fîlé ás &quot;ÇSV ÜTF-8&quot;. ·················]</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>[Mõré tháñ %1 çõlümñs. ······]</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>[Mõré tháñ %1 rõws. ·····]</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>[Téxt áftér á çlõsîñg qüõté; á qüõté îñsîdé á qüõtéd fîéld îs wrîttéñ twîçé (&quot;&quot;). ··························]</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed.</source>
        <translation>[Á qüõté õpéñéd îñ thîs rõw îs ñévér çlõséd. ··············]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>[Çáññõt réád %1: %2 ····]</translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation>[Réqüîréd. ····]</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>[Át mõst %n çháráçtérs. ·······]</numerusform>
            <numerusform>[Át mõst %n çháráçtérs. ·······]</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation>[Éñtér thé füll ñámé, ñõt áñ îñîtîál. ············]</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>[Éñtér áñ émáîl áddréss süçh ás ñámé@éxámplé.çõm. ·················]</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>[Üsé dîgîts, spáçés, +, - áñd páréñthésés õñly. ················]</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>[Éñtér á ñümbér. ·····]</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation>[Thîs rülé ñééds á pérçéñtágé bélõw 100. ·············]</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation>[Thîs rülé ñééds á pérçéñtágé bélõw 200. ·············]</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>[Thé págé ñümbér stárts át 1. ·········]</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>[Thé págé sîzé müst bé bétwééñ 1 áñd %1. ············]</translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation>[Üsé léttérs, dîgîts áñd hyphéñs, fõr éxámplé çõñtõsõ õr çõñtõsõ.õñmîçrõsõft.çõm. ····························]</translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation>[Réqüîréd whéñ thé ágrééméñt wás áççéptéd. ··············]</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>[Thé dáté çáññõt bé îñ thé fütüré. ···········]</translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation>[Üsé á çültüré ñámé süçh ás éñ-ÜS. ···········]</translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation>[Üsé á láñgüágé çõdé süçh ás éñ. ··········]</translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation>[Thé pártñér ÎD (MPÑ ÎD) hás dîgîts õñly. ·············]</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>[Çhõõsé á prõvîdér îñstáñçé. ··········]</translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation>[Thîs õffér typé álréády hás á márgîñ. ············]</translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation>[Thé Mîçrõsõft çüstõmér dátá îs mîssîñg õr ñõt válîd JSÕÑ. ···················]</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>[Ñõt válîd JSÕÑ: %1 (át çháráçtér %2). ···········]</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>[Çhõõsé á Mîçrõsõft prõvîdér îñstáñçé. ·············]</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 999.</source>
        <translation>[Éñtér á pérçéñtágé frõm 0 tõ 999. ···········]</translation>
    </message>
    <message>
        <source>Choose the provider instance of the customer&apos;s relationship.</source>
        <translation>[Çhõõsé thé prõvîdér îñstáñçé õf thé çüstõmér&apos;s rélátîõñshîp. ·····················]</translation>
    </message>
    <message>
        <source>Compliant agreements are excluded: choose another status, or include them.</source>
        <translation>[Çõmplîáñt ágrééméñts áré éxçlüdéd: çhõõsé áñõthér státüs, õr îñçlüdé thém. ··························]</translation>
    </message>
    <message>
        <source>This provider instance does not sell this offer type.</source>
        <translation>[Thîs prõvîdér îñstáñçé dõés ñõt séll thîs õffér typé. ··················]</translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation>[ÁPÎ áddréss (ÇLÕÜDÇÕÇKPÎT_ÁPÎ_ÜRL; défáült https://ápî.çlõüdçõçkpît.çõm). ····························]</translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation>[Téñáñt põrtál dõmáîñ, séñt ás X-Téñáñt (ÇLÕÜDÇÕÇKPÎT_TÉÑÁÑT). ······················]</translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation>[Béárér tõkéñ (ÇLÕÜDÇÕÇKPÎT_TÕKÉÑ). ·············]</translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation>[ÁPÎ Áççéss çlîéñt ÎD (ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_ÎD). ·················]</translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation>[ÁPÎ Áççéss çlîéñt séçrét (ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_SÉÇRÉT); vîsîblé tõ õthér üsérs õñ thé çõmmáñd lîñé. ··································]</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>[Réád thé çlîéñt séçrét frõm FÎLÉ. ···········]</translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation>[ÕÁüth tõkéñ éñdpõîñt (ÇLÕÜDÇÕÇKPÎT_TÕKÉÑ_ÜRL). ·················]</translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation>[X-Çõrrélátîõñ-Îd tõ séñd îñstéád õf á frésh õñé. ················]</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>[Tráñsfér tîméõüt îñ séçõñds (défáült 30). ··············]</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>[Õütpüt fõrmát: téxt, jsõñ õr çsv. ···········]</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>[Séárçh téxt. ····]</translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation>[Séárçh fîéld: ñámé, dõmáîñ, îñtérñál-îd õr prõvîdér-çüstõmér-îd. ·······················]</translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation>[Réséllér ÎD. ····]</translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation>[Léávé délétéd çüstõmérs õüt. ··········]</translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation>[Sõrt by çõmpáñy ñámé, Z tõ Á. ·········]</translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation>[Çüstõmérs pér págé, 1 tõ 2000 (défáült 100; 2000 wîth --áll). ····················]</translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation>[Fétçh évéry págé. ······]</translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation>[Prõvîdér îñstáñçé ÎD. ········]</translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation>[Ágrééméñt dáté. ······]</translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation>[Üsé thé çüstõmér&apos;s prîmáry çõñtáçt fõr thé ágrééméñt. ··················]</translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation>[Çõñtáçt fîrst ñámé. ·······]</translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation>[Çõñtáçt lást ñámé. ······]</translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation>[Çõñtáçt émáîl. ·····]</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>[Çõñtáçt phõñé. ·····]</translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation>[Prîçé márgîñ îñ pérçéñt. ········]</translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>[Márküp, Márgîñ, SplîtMárgîñ õr ÉrpMîñüsDîsçõüñt. ··················]</translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation>[Márgîñ fõr õñé õffér typé (répéátáblé). ··············]</translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation>[Prõvîdér çüstõmér dátá (JSÕÑ õbjéçt). ·············]</translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation>[Sáñdbõx põrt (0: áñy fréé põrt). ···········]</translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation>[Sáñdbõx çüstõmér çõüñt, 0 tõ 100000. ············]</translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation>[Sáñdbõx dátá sééd. ······]</translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation>[Sáñdbõx fáült tõ îñjéçt (répéátáblé; séé RÉÁDMÉ). ·················]</translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation>[Çõmmáñd lîñé fõr thé ÇlõüdÇõçkpît ÇSP ÁPÎ: çüstõmérs, rélátîõñshîp lîñks, îñtérñál îdéñtîfîérs, Mîçrõsõft Çüstõmér Ágrééméñts, prõvîdér îñstáñçés. ····················································]</translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation>[Try &apos;ççádmîñ --hélp&apos;. ········]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation>[üñkñõwñ çõmmáñd &apos;%1&apos;. Çõmmáñds: %2 ··········]</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>[õptîõñ --%1 dõés ñõt ápply tõ &apos;%2&apos;. ··········]</translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation>[--fõrmát müst bé téxt, jsõñ õr çsv. ············]</translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation>[réqüîréd (--téñáñt õr ÇLÕÜDÇÕÇKPÎT_TÉÑÁÑT). ················]</translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation>[üsé á ñümbér õf séçõñds bétwééñ 0 áñd 3600. ··············]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation>[&apos;%1&apos; îs ñõt á ÜÜÎD. ·····]</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation>[wárñîñg: á tõkéñ õñ thé çõmmáñd lîñé çáñ bé sééñ by õthér üsérs õf thîs çõmpütér; préfér ÇLÕÜDÇÕÇKPÎT_TÕKÉÑ. ····································]</translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>[wárñîñg: á çlîéñt séçrét õñ thé çõmmáñd lîñé çáñ bé sééñ by õthér üsérs õf thîs çõmpütér; préfér ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_SÉÇRÉT õr --çlîéñt-séçrét-fîlé. ···················································]</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>[çáññõt réád %1. ····]</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>[Çlîéñt séçrét fõr %1:  ······]</translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation>[réqüîréd wîth --çlîéñt-îd (ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_SÉÇRÉT, --çlîéñt-séçrét-fîlé õr á prõmpt). ·································]</translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation>[üságé: ççádmîñ çüstõmérs shõw ÇÜSTÕMÉR_ÎD ···············]</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>[réqüîréd. ····]</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id clear CUSTOMER_ID [--reseller UUID]</source>
        <translation>[üságé: ççádmîñ îñtérñál-îd çléár ÇÜSTÕMÉR_ÎD [--réséllér ÜÜÎD] ······················]</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id set CUSTOMER_ID VALUE [--reseller UUID]</source>
        <translation>[üságé: ççádmîñ îñtérñál-îd sét ÇÜSTÕMÉR_ÎD VÁLÜÉ [--réséllér ÜÜÎD] ························]</translation>
    </message>
    <message>
        <source>empty; use &apos;internal-id clear&apos; to remove the identifier.</source>
        <translation>[émpty; üsé &apos;îñtérñál-îd çléár&apos; tõ rémõvé thé îdéñtîfîér. ····················]</translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation>[üságé: ççádmîñ mçá sét ÇÜSTÕMÉR_ÎD --prõvîdér-îñstáñçé ÜÜÎD --dáté YYYY-MM-DD (--kéép-prîmáry | --fîrst-ñámé X --lást-ñámé Y --émáîl Z --phõñé P) ···················································]</translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation>[üsé éîthér --kéép-prîmáry õr thé çõñtáçt õptîõñs, ñõt bõth. ····················]</translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation>[üságé: ççádmîñ prõvîdér-îñstáñçé ádd ÇÜSTÕMÉR_ÎD --prõvîdér-îñstáñçé ÜÜÎD --márgîñ PÉRÇÉÑT --márgîñ-rülé RÜLÉ [--õffér-typé-márgîñ TYPÉ=PÉRÇÉÑT[:RÜLÉ]]... [--çüstõmér-dátá FÎLÉ.jsõñ] [--réséllér ÜÜÎD] ··········································································]</translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>[réqüîréd: Márküp, Márgîñ, SplîtMárgîñ õr ÉrpMîñüsDîsçõüñt. ·····················]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>[&apos;%1&apos; îs ñõt á márgîñ rülé: üsé Márküp, Márgîñ, SplîtMárgîñ õr ÉrpMîñüsDîsçõüñt. ··························]</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>[ñõt válîd JSÕÑ: %1 át çháráçtér %2. ··········]</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>[müst bé á JSÕÑ õbjéçt. ·······]</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>[üsé á whõlé ñümbér frõm %1 tõ %2. ·········]</translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation>[thé sáñdbõx çõüld ñõt lîstéñ: %1 ··········]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>[ÎD ·]</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>[Çõmpáñy ···]</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>[Dõmáîñ ··]</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>[Îñtérñál ÎD ····]</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>[Çõüñtry ···]</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>[Délétéd ···]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>[yés ·]</translation>
    </message>
    <message>
        <source>%1 of %2 customer(s)</source>
        <translation>[%1 õf %2 çüstõmér(s) ·····]</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>[Îñtérñál îdéñtîfîér ·······]</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>[Táx ÎD ··]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>[Áddréss ···]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîty ··]</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>[Çõñtáçt ···]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émáîl ··]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Phõñé ··]</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>[Réséllér ···]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[ñõ ·]</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>[Çréátéd ···]</translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation>[Prõvîdér îñstáñçé %1 ······]</translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation>[  Çüstõmér ÎD ····]</translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation>[  Márgîñ ··]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[ñõñé ··]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation>[&apos;%1&apos; îs ñõt á ñümbér (üsé á dõt fõr déçîmáls, é.g. 12.5). ··················]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>[&apos;%1&apos; îs ñõt á dáté îñ thé fõrm YYYY-MM-DD. ·············]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation>[&apos;%1&apos; îs ñõt á ÜÜÎD (é.g. 3f2b9ç4é-8d1á-4ç7é-9b0f-2á6d5é8ç1b7á). ······················]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation>[&apos;%1&apos; îs ñõt á séárçh fîéld: üsé ñámé, dõmáîñ, îñtérñál-îd õr prõvîdér-çüstõmér-îd. ····························]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation>[&apos;%1&apos; îs ñõt TYPÉ=PÉRÇÉÑT[:RÜLÉ], é.g. Lîçéñsé=12.5:Márküp. ····················]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation>[&apos;%1&apos; îs ñõt áñ õffér typé: üsé õñé õf %2. ···········]</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this option reads.</source>
        <translation>[%1 îs lárgér tháñ %2, thé mõst thîs õptîõñ réáds. ··············]</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>[wárñîñg: thé sérvér séñt %n çüstõmér(s) mõré tháñ õñçé; éáçh wás prîñtéd õñçé. ··························]</numerusform>
            <numerusform>[wárñîñg: thé sérvér séñt %n çüstõmér(s) mõré tháñ õñçé; éáçh wás prîñtéd õñçé. ··························]</numerusform>
        </translation>
    </message>
    <message>
        <source>the relationship link is not an https address; it is not printed.</source>
        <translation>[thé rélátîõñshîp lîñk îs ñõt áñ https áddréss; ît îs ñõt prîñtéd. ······················]</translation>
    </message>
    <message>
        <source>One of the commands below; &apos;ccadmin COMMAND --help&apos; shows its usage and options.</source>
        <translation>[Õñé õf thé çõmmáñds bélõw; &apos;ççádmîñ ÇÕMMÁÑD --hélp&apos; shõws îts üságé áñd õptîõñs. ···························]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>[Çõmmáñds: ····]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no operands.</source>
        <translation>[&apos;%1&apos; tákés ñõ õpéráñds. ·······]</translation>
    </message>
    <message>
        <source>List customers: one page, or every page with --all.</source>
        <translation>[Lîst çüstõmérs: õñé págé, õr évéry págé wîth --áll. ·················]</translation>
    </message>
    <message>
        <source>Show a customer, with its margins in each provider instance.</source>
        <translation>[Shõw á çüstõmér, wîth îts márgîñs îñ éáçh prõvîdér îñstáñçé. ····················]</translation>
    </message>
    <message>
        <source>List the provider instances.</source>
        <translation>[Lîst thé prõvîdér îñstáñçés. ··········]</translation>
    </message>
    <message>
        <source>Print the relationship acceptance link of a provider instance.</source>
        <translation>[Prîñt thé rélátîõñshîp áççéptáñçé lîñk õf á prõvîdér îñstáñçé. ······················]</translation>
    </message>
    <message>
        <source>Set a customer&apos;s internal identifier.</source>
        <translation>[Sét á çüstõmér&apos;s îñtérñál îdéñtîfîér. ·············]</translation>
    </message>
    <message>
        <source>Remove a customer&apos;s internal identifier.</source>
        <translation>[Rémõvé á çüstõmér&apos;s îñtérñál îdéñtîfîér. ··············]</translation>
    </message>
    <message>
        <source>Record a customer&apos;s Microsoft Customer Agreement.</source>
        <translation>[Réçõrd á çüstõmér&apos;s Mîçrõsõft Çüstõmér Ágrééméñt. ··················]</translation>
    </message>
    <message>
        <source>Add a customer to another provider instance, with a margin.</source>
        <translation>[Ádd á çüstõmér tõ áñõthér prõvîdér îñstáñçé, wîth á márgîñ. ····················]</translation>
    </message>
    <message>
        <source>Serve a local sandbox of the API until interrupted; print its credentials.</source>
        <translation>[Sérvé á lõçál sáñdbõx õf thé ÁPÎ üñtîl îñtérrüptéd; prîñt îts çrédéñtîáls. ·························]</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back to see whether the change was made…</source>
        <translation>[ççádmîñ: réádîñg thé çüstõmér báçk tõ séé whéthér thé çháñgé wás mádé… ························]</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back failed too (%1); look at the customer before you run the command again.</source>
        <translation>[ççádmîñ: réádîñg thé çüstõmér báçk fáîléd tõõ (%1); lõõk át thé çüstõmér béfõré yõü rüñ thé çõmmáñd ágáîñ. ···································]</translation>
    </message>
    <message>
        <source>ccadmin: the server has the change; only its answer was lost.</source>
        <translation>[ççádmîñ: thé sérvér hás thé çháñgé; õñly îts áñswér wás lõst. ····················]</translation>
    </message>
    <message>
        <source>ccadmin: the change was not made; running the command again is safe.</source>
        <translation>[ççádmîñ: thé çháñgé wás ñõt mádé; rüññîñg thé çõmmáñd ágáîñ îs sáfé. ·······················]</translation>
    </message>
    <message>
        <source>required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see &apos;ccadmin login&apos;).</source>
        <translation>[réqüîréd (--téñáñt, ÇLÕÜDÇÕÇKPÎT_TÉÑÁÑT õr á prõfîlé: séé &apos;ççádmîñ lõgîñ&apos;). ···························]</translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see &apos;ccadmin login&apos;).</source>
        <translation>[réqüîréd: --tõkéñ (ÇLÕÜDÇÕÇKPÎT_TÕKÉÑ), --çlîéñt-îd wîth á séçrét, õr á prõfîlé (séé &apos;ççádmîñ lõgîñ&apos;). ····································]</translation>
    </message>
    <message>
        <source>Profile saved by &apos;ccadmin login&apos; or the window (CLOUDCOCKPIT_PROFILE; default: the default profile when no tenant is given). Options and environment variables override its settings.</source>
        <translation>[Prõfîlé sávéd by &apos;ççádmîñ lõgîñ&apos; õr thé wîñdõw (ÇLÕÜDÇÕÇKPÎT_PRÕFÎLÉ; défáült: thé défáült prõfîlé whéñ ñõ téñáñt îs gîvéñ). Õptîõñs áñd éñvîrõñméñt várîáblés õvérrîdé îts séttîñgs. ·······························································]</translation>
    </message>
    <message>
        <source>Read a bearer token from stdin instead of client credentials.</source>
        <translation>[Réád á béárér tõkéñ frõm stdîñ îñstéád õf çlîéñt çrédéñtîáls. ·····················]</translation>
    </message>
    <message>
        <source>usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</source>
        <translation>[üságé: ççádmîñ lõgîñ [--prõfîlé ÑÁMÉ] [--téñáñt DÕMÁÎÑ] [--ápî-ürl ÜRL] [--tõkéñ-ürl ÜRL] [--çlîéñt-îd ÎD [--çlîéñt-séçrét-fîlé FÎLÉ] | --tõkéñ-stdîñ] ······················································]</translation>
    </message>
    <message>
        <source>Sign in once and save a profile: the secret in the system keychain, the rest in a settings file.</source>
        <translation>[Sîgñ îñ õñçé áñd sávé á prõfîlé: thé séçrét îñ thé systém kéyçháîñ, thé rést îñ á séttîñgs fîlé. ·······························]</translation>
    </message>
    <message>
        <source>usage: ccadmin logout [--profile NAME]</source>
        <translation>[üságé: ççádmîñ lõgõüt [--prõfîlé ÑÁMÉ] ··············]</translation>
    </message>
    <message>
        <source>Remove a profile and its secret (--profile, else the default one).</source>
        <translation>[Rémõvé á prõfîlé áñd îts séçrét (--prõfîlé, élsé thé défáült õñé). ······················]</translation>
    </message>
    <message>
        <source>List the profiles: the default one, role and expiry of the last token.</source>
        <translation>[Lîst thé prõfîlés: thé défáült õñé, rõlé áñd éxpîry õf thé lást tõkéñ. ·······················]</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>[%1 (éxpîréd) ····]</translation>
    </message>
    <message>
        <source>Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use --client-secret-file.</source>
        <translation>[Wîthõüt á kéyçháîñ, gîvé thé çrédéñtîáls îñ thé éñvîrõñméñt (ÇLÕÜDÇÕÇKPÎT_TÉÑÁÑT wîth ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_ÎD áñd ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_SÉÇRÉT, õr ÇLÕÜDÇÕÇKPÎT_TÕKÉÑ) õr üsé --çlîéñt-séçrét-fîlé. ······································································]</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; makes it).</source>
        <translation>[théré îs ñõ prõfîlé &apos;%1&apos; (séé &apos;ççádmîñ prõfîlés&apos;; &apos;ççádmîñ lõgîñ --prõfîlé %1&apos; mákés ît). ·····························]</translation>
    </message>
    <message>
        <source>the keychain holds none for profile &apos;%1&apos;; run &apos;ccadmin login --profile %1&apos;.</source>
        <translation>[thé kéyçháîñ hõlds ñõñé fõr prõfîlé &apos;%1&apos;; rüñ &apos;ççádmîñ lõgîñ --prõfîlé %1&apos;. ························]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile name: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; and &apos;-&apos;.</source>
        <translation>[&apos;%1&apos; îs ñõt á prõfîlé ñámé: léttérs, dîgîts, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; áñd &apos;-&apos;. ·····················]</translation>
    </message>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>[Théré îs ñõ térmîñál tõ ásk õñ. ··········]</translation>
    </message>
    <message>
        <source>Tenant domain (e.g. portal.contoso.com): </source>
        <translation>[Téñáñt dõmáîñ (é.g. põrtál.çõñtõsõ.çõm):  ···············]</translation>
    </message>
    <message>
        <source>more than %1 on stdin; a token is much shorter.</source>
        <translation>[mõré tháñ %1 õñ stdîñ; á tõkéñ îs müçh shõrtér. ··············]</translation>
    </message>
    <message>
        <source>nothing on stdin.</source>
        <translation>[ñõthîñg õñ stdîñ. ······]</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer --token-stdin.</source>
        <translation>[wárñîñg: á tõkéñ õñ thé çõmmáñd lîñé çáñ bé sééñ by õthér üsérs õf thîs çõmpütér; préfér --tõkéñ-stdîñ. ··································]</translation>
    </message>
    <message>
        <source>API Access client ID (leave empty to paste a bearer token instead): </source>
        <translation>[ÁPÎ Áççéss çlîéñt ÎD (léávé émpty tõ pásté á béárér tõkéñ îñstéád):  ······················]</translation>
    </message>
    <message>
        <source>Bearer token: </source>
        <translation>[Béárér tõkéñ:  ·····]</translation>
    </message>
    <message>
        <source>required (--client-id, CLOUDCOCKPIT_CLIENT_ID, or a token with --token-stdin).</source>
        <translation>[réqüîréd (--çlîéñt-îd, ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_ÎD, õr á tõkéñ wîth --tõkéñ-stdîñ). ····························]</translation>
    </message>
    <message>
        <source>required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).</source>
        <translation>[réqüîréd (--çlîéñt-séçrét-fîlé õr ÇLÕÜDÇÕÇKPÎT_ÇLÎÉÑT_SÉÇRÉT). ························]</translation>
    </message>
    <message>
        <source>these settings cannot be kept as a profile.</source>
        <translation>[thésé séttîñgs çáññõt bé képt ás á prõfîlé. ··············]</translation>
    </message>
    <message>
        <source>the secret could not be kept in the system keychain: %1</source>
        <translation>[thé séçrét çõüld ñõt bé képt îñ thé systém kéyçháîñ: %1 ·················]</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>[Ñõthîñg wás stõréd. ·······]</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Profile &apos;%3&apos; saved; its secret is in the system keychain.</source>
        <translation>[Sîgñéd îñ tõ %1 ás %2. Prõfîlé &apos;%3&apos; sávéd; îts séçrét îs îñ thé systém kéyçháîñ. ························]</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>[üñkñõwñ rõlé ····]</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>[Ît îs thé défáült prõfîlé. ·········]</translation>
    </message>
    <message>
        <source>no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.</source>
        <translation>[ñõ prõfîlé ñáméd (--prõfîlé õr ÇLÕÜDÇÕÇKPÎT_PRÕFÎLÉ) áñd ñõ défáült prõfîlé. ···························]</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;).</source>
        <translation>[théré îs ñõ prõfîlé &apos;%1&apos; (séé &apos;ççádmîñ prõfîlés&apos;). ················]</translation>
    </message>
    <message>
        <source>Signed out: profile &apos;%1&apos; and its secret are removed.</source>
        <translation>[Sîgñéd õüt: prõfîlé &apos;%1&apos; áñd îts séçrét áré rémõvéd. ·················]</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is kept; run &apos;ccadmin logout&apos; again when the keychain is available.</source>
        <translation>[Prõfîlé &apos;%1&apos; îs képt; rüñ &apos;ççádmîñ lõgõüt&apos; ágáîñ whéñ thé kéyçháîñ îs áváîláblé. ··························]</translation>
    </message>
    <message>
        <source>No profiles yet: &apos;ccadmin login&apos; makes one, and so does signing in with the window.</source>
        <translation>[Ñõ prõfîlés yét: &apos;ççádmîñ lõgîñ&apos; mákés õñé, áñd sõ dõés sîgñîñg îñ wîth thé wîñdõw. ····························]</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>[ÑÁMÉ ··]</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>[TÉÑÁÑT ··]</translation>
    </message>
    <message>
        <source>SIGNS IN WITH</source>
        <translation>[SÎGÑS ÎÑ WÎTH ····]</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>[RÕLÉ ··]</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>[TÕKÉÑ ÉXPÎRÉS ·····]</translation>
    </message>
    <message>
        <source>token</source>
        <translation>[tõkéñ ··]</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>[çlîéñt %1 ··]</translation>
    </message>
    <message>
        <source>Attestation status: required, linkgenerated, linkexpired, customeraccepted or agreementcreated.</source>
        <translation>[Áttéstátîõñ státüs: réqüîréd, lîñkgéñérátéd, lîñkéxpîréd, çüstõméráççéptéd õr ágrééméñtçréátéd. ···································]</translation>
    </message>
    <message>
        <source>Leave out agreements already created (compliant).</source>
        <translation>[Léávé õüt ágrééméñts álréády çréátéd (çõmplîáñt). ··················]</translation>
    </message>
    <message>
        <source>Check and print the changes; send nothing.</source>
        <translation>[Çhéçk áñd prîñt thé çháñgés; séñd ñõthîñg. ··············]</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 6).</source>
        <translation>[Réqüésts îñ flîght át õñçé, 1 tõ 64 (défáült 6). ················]</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to FILE as CSV (default: standard output).</source>
        <translation>[Wrîté éáçh rõw&apos;s õütçõmé tõ FÎLÉ ás ÇSV (défáült: stáñdárd õütpüt). ·······················]</translation>
    </message>
    <message>
        <source>Skip the rows an earlier results FILE shows as done.</source>
        <translation>[Skîp thé rõws áñ éárlîér résülts FÎLÉ shõws ás dõñé. ·················]</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</source>
        <translation>[üságé: ççádmîñ îñtérñál-îd împõrt FÎLÉ.çsv [--dry-rüñ] [--çõñçürréñçy Ñ] [--résülts FÎLÉ] [--résümé FÎLÉ] ······································]</translation>
    </message>
    <message>
        <source>Set many internal identifiers from a CSV file, checked first.</source>
        <translation>[Sét máñy îñtérñál îdéñtîfîérs frõm á ÇSV fîlé, çhéçkéd fîrst. ·····················]</translation>
    </message>
    <message>
        <source>List the resellers (csp only).</source>
        <translation>[Lîst thé réséllérs (çsp õñly). ··········]</translation>
    </message>
    <message>
        <source>usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</source>
        <translation>[üságé: ççádmîñ márgîñs sét ÇÜSTÕMÉR_ÎD --prõvîdér-îñstáñçé ÜÜÎD --márgîñ PÉRÇÉÑT --márgîñ-rülé RÜLÉ [--õffér-typé-márgîñ TYPÉ=PÉRÇÉÑT[:RÜLÉ]]... [--réséllér ÜÜÎD] ···························································]</translation>
    </message>
    <message>
        <source>Replace a customer&apos;s margins in a provider instance; offer types left out lose their own.</source>
        <translation>[Répláçé á çüstõmér&apos;s márgîñs îñ á prõvîdér îñstáñçé; õffér typés léft õüt lõsé théîr õwñ. ······························]</translation>
    </message>
    <message>
        <source>List Microsoft Customer Agreement statuses: one page, or every page with --all.</source>
        <translation>[Lîst Mîçrõsõft Çüstõmér Ágrééméñt státüsés: õñé págé, õr évéry págé wîth --áll. ···························]</translation>
    </message>
    <message>
        <source>usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID</source>
        <translation>[üságé: ççádmîñ mçá shõw ÇÜSTÕMÉR_ÎD --prõvîdér-îñstáñçé ÜÜÎD ······················]</translation>
    </message>
    <message>
        <source>Show a customer&apos;s Microsoft Customer Agreement status in a Microsoft provider instance.</source>
        <translation>[Shõw á çüstõmér&apos;s Mîçrõsõft Çüstõmér Ágrééméñt státüs îñ á Mîçrõsõft prõvîdér îñstáñçé. ······························]</translation>
    </message>
    <message>
        <source>usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</source>
        <translation>[üságé: ççádmîñ mçá réfrésh ÇÜSTÕMÉR_ÎD --prõvîdér-îñstáñçé ÜÜÎD ·······················]</translation>
    </message>
    <message>
        <source>Ask Microsoft for a customer&apos;s agreement status, then show it.</source>
        <translation>[Ásk Mîçrõsõft fõr á çüstõmér&apos;s ágrééméñt státüs, théñ shõw ît. ·····················]</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>[çüstõmér ÎD ····]</translation>
    </message>
    <message>
        <source>current internal identifier</source>
        <translation>[çürréñt îñtérñál îdéñtîfîér ··········]</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>[dõmáîñ ··]</translation>
    </message>
    <message>
        <source>use a whole number from 1 to 64.</source>
        <translation>[üsé á whõlé ñümbér frõm 1 tõ 64. ··········]</translation>
    </message>
    <message>
        <source>cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer (customer ID, internal identifier or domain) and one with the new value (new internal identifier); a reseller column is optional.</source>
        <translation>[çáññõt téll thé çõlümñs õf %1 ápárt: ît hás %2. Ît ñééds á çõlümñ ñámîñg thé çüstõmér (çüstõmér ÎD, îñtérñál îdéñtîfîér õr dõmáîñ) áñd õñé wîth thé ñéw válüé (ñéw îñtérñál îdéñtîfîér); á réséllér çõlümñ îs õptîõñál. ······································································]</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>[ñõ héádér ···]</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>[çáññõt wrîté %1. ·····]</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>[ççádmîñ: %n prõblém(s) îñ %1; ñõthîñg wás séñt. ··············]</numerusform>
            <numerusform>[ççádmîñ: %n prõblém(s) îñ %1; ñõthîñg wás séñt. ··············]</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).</source>
        <translation>[ççádmîñ: %1 rõws çhéçkéd ágáîñst %2 çüstõmérs îñ %3 ms (kéy: %4). ··················]</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>[üñçháñgéd (%1) ····]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>[(ñõñé) ··]</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>[çléáréd ···]</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>[%n çháñgéd ···]</numerusform>
            <numerusform>[%n çháñgéd ···]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>[%n çléáréd ···]</numerusform>
            <numerusform>[%n çléáréd ···]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>[%n üñçháñgéd ····]</numerusform>
            <numerusform>[%n üñçháñgéd ····]</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent (--dry-run).</source>
        <translation>[ñõthîñg wás séñt (--dry-rüñ). ··········]</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>[ççádmîñ: %n rõw(s) dõñé îñ thé éárlîér rüñ áré ñõt séñt ágáîñ. ····················]</numerusform>
            <numerusform>[ççádmîñ: %n rõw(s) dõñé îñ thé éárlîér rüñ áré ñõt séñt ágáîñ. ····················]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 in flight</source>
        <translation>[%1 õf %2 séñt, %3 îñ flîght ······]</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>[ççádmîñ: stõppîñg: ñõ ñéw rõws áré séñt; wáîtîñg fõr thé %n îñ flîght. ······················]</numerusform>
            <numerusform>[ççádmîñ: stõppîñg: ñõ ñéw rõws áré séñt; wáîtîñg fõr thé %n îñ flîght. ······················]</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>[dîréçt ··]</translation>
    </message>
    <message>
        <source>warning: reseller names could not be read (%1); their IDs are shown.</source>
        <translation>[wárñîñg: réséllér ñámés çõüld ñõt bé réád (%1); théîr ÎDs áré shõwñ. ······················]</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>[wárñîñg: thé sérvér séñt %n réséllér(s) mõré tháñ õñçé; éáçh wás prîñtéd õñçé. ··························]</numerusform>
            <numerusform>[wárñîñg: thé sérvér séñt %n réséllér(s) mõré tháñ õñçé; éáçh wás prîñtéd õñçé. ··························]</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use one of %2.</source>
        <translation>[&apos;%1&apos; îs ñõt á státüs: üsé õñé õf %2. ··········]</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>[wárñîñg: thé sérvér séñt %n ágrééméñt(s) mõré tháñ õñçé; éáçh wás prîñtéd õñçé. ··························]</numerusform>
            <numerusform>[wárñîñg: thé sérvér séñt %n ágrééméñt(s) mõré tháñ õñçé; éáçh wás prîñtéd õñçé. ··························]</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: reading the agreement back; it shows the status the server has now.</source>
        <translation>[ççádmîñ: réádîñg thé ágrééméñt báçk; ît shõws thé státüs thé sérvér hás ñõw. ··························]</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>[áççéptéd %1 ···]</translation>
    </message>
    <message>
        <source>link expires %1</source>
        <translation>[lîñk éxpîrés %1 ····]</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>[%n réséllér(s) ····]</numerusform>
            <numerusform>[%n réséllér(s) ····]</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>[Çüstõmér ÎD ····]</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>[Prõvîdér îñstáñçé ······]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Státüs ··]</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>[Sîgñátõry ····]</translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation>[%1 õf %2 ágrééméñt(s) ······]</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>[Mîçrõsõft téñáñt ······]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Dáté ··]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudCockpit Admin: manage CSP customers.</source>
        <translation>[ÇlõüdÇõçkpît Ádmîñ: máñágé ÇSP çüstõmérs. ···············]</translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation>[Stárt thé émbéddéd sáñdbõx áñd sîgñ îñ tõ ît. ···············]</translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation>[Ñümbér õf çüstõmérs îñ thé démõ téñáñt (0 tõ 100000). ··················]</translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation>[Qüît õñçé thé fîrst çüstõmérs áré shõwñ (béñçhmárks). ··················]</translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation>[Îñjéçt á fáült îñtõ thé démõ sáñdbõx (répéátáblé): RÕÜTÉ:KÎÑD[:ÁRG][@RÁTÉ]. ···························]</translation>
    </message>
    <message>
        <source>The unsaved %1 for %2 could not be reopened and is kept for later: %3 (correlation ID %4)</source>
        <translation>[Thé üñsávéd %1 fõr %2 çõüld ñõt bé réõpéñéd áñd îs képt fõr látér: %3 (çõrrélátîõñ ÎD %4) ··························]</translation>
    </message>
</context>
</TS>
