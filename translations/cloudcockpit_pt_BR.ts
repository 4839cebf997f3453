<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>Add provider instance — %1</source>
        <translation>Adicionar instância de fornecedor — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instância de &amp;fornecedor:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instância de fornecedor</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relacionamento:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacionamento</translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation>contoso (vira contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation>Separadas por vírgulas, por ex. Education</translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation>Domínio Microsoft</translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation>Email das credenciais</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Data do &amp;contrato:</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Data do contrato</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>C&amp;ultura:</translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation>Cultura padrão</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;ID do parceiro:</translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation>ID do parceiro associado</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualificações:</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualificações</translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation>Dados do cliente no fornecedor (JSON)</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>Margem de pre&amp;ço:</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Porcentagem da margem de preço</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Regra de margem</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Margens por tipo de oferta</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Deixe vazio para usar a margem de preço em todos os tipos de oferta</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Remo&amp;ver linha</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Margens por tipo de &amp;oferta:</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Todos os tipos de oferta desta instância já têm uma margem.</translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation>Este cliente já está em todas as instâncias de fornecedor.</translation>
    </message>
    <message>
        <source>The customer a&amp;ccepted the Microsoft Customer Agreement</source>
        <translation>O cliente &amp;já aceitou o Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>Manter as informações do contato &amp;principal</translation>
    </message>
    <message>
        <source>Ena&amp;ble GDAP</source>
        <translation>Ativar &amp;GDAP</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Adicionar lin&amp;ha</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Remove a linha selecionada (Delete)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Nenhuma linha: a margem de preço se aplica a todos os tipos de oferta.</translation>
    </message>
    <message>
        <source>Microsoft customer data</source>
        <translation>Dados do cliente na Microsoft</translation>
    </message>
    <message>
        <source>admin@contoso.com</source>
        <translation>admin@contoso.com</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567</source>
        <translation>Apenas dígitos, por ex. 1234567</translation>
    </message>
    <message>
        <source>Domai&amp;n:</source>
        <translation>Do&amp;mínio:</translation>
    </message>
    <message>
        <source>&amp;Admin email:</source>
        <translation>Email do adminis&amp;trador:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>So&amp;brenome:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefone:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idiom&amp;a:</translation>
    </message>
    <message>
        <source>Provider customer data</source>
        <translation>Dados do cliente no fornecedor</translation>
    </message>
    <message>
        <source>Customer data as a &amp;JSON object (may be empty):</source>
        <translation>Dados do cliente como objeto &amp;JSON (pode ficar vazio):</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemplo: %1</translation>
    </message>
    <message>
        <source>Choose a provider instance first.</source>
        <translation>Escolha primeiro uma instância de fornecedor.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regra:</translation>
    </message>
</context>
<context>
    <name>AddProviderInstanceForm</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON inválido: %1 na linha %2, coluna %3.</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;AccountId&quot;: &quot;1234&quot;}.</source>
        <translation>Digite um objeto JSON, por exemplo {&quot;AccountId&quot;: &quot;1234&quot;}.</translation>
    </message>
    <message>
        <source>Enter a percentage from %L1 to %L2.</source>
        <translation>Digite uma porcentagem de %L1 a %L2.</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>%1 adicionado a %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Copiar &amp;detalhes</translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation>Copia o erro, seu status e o ID de correlação para o suporte</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlação: %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Tentar no&amp;vamente</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship lin&amp;k…</source>
        <translation>Copiar &amp;link do relacionamento…</translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation>Obtém o link que o cliente abre para aceitar o relacionamento</translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation>Editar &amp;identificador interno…</translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation>Contrato de Cliente da &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation>Adicionar i&amp;nstância de fornecedor…</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Detalhes do cliente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Selecione um cliente para ver os detalhes.</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Este cliente foi excluído.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>CNPJ/ID fiscal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contato principal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacionamento</translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation>Direto (CSP)</translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation>Revendedor %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>Instâncias de fornecedor (%n)</numerusform>
            <numerusform>Instâncias de fornecedor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation>Ainda não está em nenhuma instância de fornecedor.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation>ID do cliente no fornecedor: %1</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>(ainda não criado)</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Margem: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The customer is deleted: the server accepts no changes to it.</source>
        <translation>O cliente foi excluído: o servidor não aceita alterações nele.</translation>
    </message>
    <message>
        <source>The selected customer is not in the list any more. Select a customer to see its details.</source>
        <translation>O cliente selecionado não está mais na lista. Selecione um cliente para ver os detalhes.</translation>
    </message>
    <message>
        <source>Refresh MCA stat&amp;us</source>
        <translation>Atualizar s&amp;tatus do MCA</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the customer&apos;s Microsoft Customer Agreement</source>
        <translation>Pede à Microsoft o status atual do Contrato de Cliente da Microsoft do cliente</translation>
    </message>
    <message>
        <source>Edit mar&amp;gins…</source>
        <translation>Editar mar&amp;gens…</translation>
    </message>
    <message>
        <source>Changes the price margins of the customer in a provider instance</source>
        <translation>Altera as margens de preço do cliente em uma instância de fornecedor</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lendo…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>falha na leitura: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ainda desconhecido</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement: %1</source>
        <translation>Contrato de Cliente da Microsoft: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signatory name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signatory: %1</source>
        <translation>Signatário: %1</translation>
    </message>
    <message>
        <source>Acceptance link expires: %1</source>
        <translation>Link de aceitação expira em: %1</translation>
    </message>
    <message>
        <source>Acceptance link expired: %1</source>
        <translation>Link de aceitação expirou em: %1</translation>
    </message>
    <message>
        <source>Agreement date: %1</source>
        <translation>Data do contrato: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>A última atualização falhou: %1</translation>
    </message>
    <message>
        <source>The customer is not in any provider instance yet: there are no margins to change.</source>
        <translation>O cliente ainda não está em nenhuma instância de fornecedor: não há margens para alterar.</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>ID do revendedor</translation>
    </message>
    <message>
        <source>Edit margins</source>
        <translation>Editar margens</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation>Direto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>ID interno</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Este cliente foi excluído.</translation>
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
        <translation>Status do MCA</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Escolher em um calendário (F4)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Markup</source>
        <translation>Acréscimo</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation>Margem dividida</translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation>ERP menos desconto</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>License (legacy)</source>
        <translation>Licença (herdada)</translation>
    </message>
    <message>
        <source>Software subscription</source>
        <translation>Assinatura de software</translation>
    </message>
    <message>
        <source>Perpetual software</source>
        <translation>Software perpétuo</translation>
    </message>
    <message>
        <source>Azure plan</source>
        <translation>Plano do Azure</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Reserva do Azure</translation>
    </message>
    <message>
        <source>Azure (legacy)</source>
        <translation>Azure (herdado)</translation>
    </message>
    <message>
        <source>Azure savings plan</source>
        <translation>Plano de economia do Azure</translation>
    </message>
    <message>
        <source>MCA required</source>
        <translation>MCA necessário</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link expirado</translation>
    </message>
    <message>
        <source>Ready to create agreement</source>
        <translation>Pronto para criar contrato</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Em conformidade</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>internal identifier</source>
        <translation>identificador interno</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>provider instance</source>
        <translation>instância de fornecedor</translation>
    </message>
    <message>
        <source>margins</source>
        <translation>margens</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Add provider instance</source>
        <translation>Adicionar instância de fornecedor</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>%n formulário que você não salvou pode ser reaberto. Restaure-o, descarte-o se não precisar mais dele ou decida mais tarde: ele fica guardado até você salvá-lo ou descartá-lo.</numerusform>
            <numerusform>%n formulários que você não salvou podem ser reabertos. Restaure um, descarte os de que não precisa mais ou decida mais tarde: eles ficam guardados até você salvá-los ou descartá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo em</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Formulários não salvos</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation>Descartar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar alterações?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Você tem alterações que não foram salvas. Descartá-las?</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Salvar (%n problema)</numerusform>
            <numerusform>&amp;Salvar (%n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation>O que você digitou em %1 e não salvou foi restaurado.</translation>
    </message>
    <message>
        <source>Your session has ended. Close this form and sign in again: when you open it again, everything you typed is still here.</source>
        <translation>Sua sessão terminou. Feche este formulário e entre novamente: quando abri-lo de novo, tudo o que você digitou continuará aqui.</translation>
    </message>
    <message>
        <source>%1 Checking whether the server has the new value…</source>
        <translation>%1 Verificando se o servidor tem o novo valor…</translation>
    </message>
    <message>
        <source>The server has the new value.</source>
        <translation>O servidor tem o novo valor.</translation>
    </message>
    <message>
        <source>The change was not made: the server does not have it. What you typed is still here, and saving again is safe. (Correlation ID: %1)</source>
        <translation>A alteração não foi feita: o servidor não a tem. O que você digitou continua aqui, e salvar novamente é seguro. (ID de correlação: %1)</translation>
    </message>
    <message>
        <source>Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is still here; look at the customer before saving again.</source>
        <translation>A releitura do cliente também falhou, então o resultado continua desconhecido: %1 O que você digitou continua aqui; confira o cliente antes de salvar novamente.</translation>
    </message>
</context>
<context>
    <name>EditMarginsDialog</name>
    <message>
        <source>Margins — %1</source>
        <translation>Margens — %1</translation>
    </message>
    <message>
        <source>Provider instance:</source>
        <translation>Instância de fornecedor:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relacionamento:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacionamento</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Porcentagem da margem de preço</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Regra de margem</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>Margem de pre&amp;ço:</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Margens por tipo de oferta</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Deixe vazio para usar a margem de preço em todos os tipos de oferta</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Adicionar lin&amp;ha</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Remo&amp;ver linha</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Remove a linha selecionada (Delete)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Nenhuma linha: a margem de preço se aplica a todos os tipos de oferta.</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Margens por tipo de &amp;oferta:</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemplo: %1</translation>
    </message>
    <message>
        <source>The offer types of this provider instance are not known yet.</source>
        <translation>Os tipos de oferta desta instância de fornecedor ainda não são conhecidos.</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Todos os tipos de oferta desta instância já têm uma margem.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regra:</translation>
    </message>
</context>
<context>
    <name>EditMarginsForm</name>
    <message>
        <source>Margins of %1 in %2 saved.</source>
        <translation>Margens de %1 em %2 salvas.</translation>
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
        <translation>Não é uma data: digite-a como %1.</translation>
    </message>
    <message>
        <source>The server has the new value (only its answer was lost). %1</source>
        <translation>O servidor tem o novo valor (só a resposta se perdeu). %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import internal identifiers</source>
        <translation>Importar identificadores internos</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nenhum arquivo escolhido.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Current internal identifier</source>
        <translation>Identificador interno atual</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Customer &amp;column:</source>
        <translation>Coluna do c&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;New identifier column:</source>
        <translation>Coluna do &amp;novo identificador:</translation>
    </message>
    <message>
        <source>&amp;Reseller column:</source>
        <translation>Coluna do &amp;revendedor:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alteradas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalteradas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>&amp;Salvar resultados como CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>Alterar o identificador interno de %n cliente?</numerusform>
            <numerusform>Alterar o identificador interno de %n clientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Salvar resultados como CSV</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>Não foi possível salvar os resultados: %1</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1 (correlation ID %2)</source>
        <translation>Não foi possível ler a lista de clientes: %1 (ID de correlação %2)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(escolha uma coluna)</translation>
    </message>
    <message>
        <source>Choose a CSV file with a column naming each customer and one with its new identifier.</source>
        <translation>Escolha um arquivo CSV com uma coluna que identifique cada cliente e outra com o novo identificador dele.</translation>
    </message>
    <message>
        <source>Choose the column that names the customer and the one with the new identifier.</source>
        <translation>Escolha a coluna que identifica o cliente e a que tem o novo identificador.</translation>
    </message>
    <message>
        <source>Checking every row against the customer list…</source>
        <translation>Conferindo cada linha com a lista de clientes…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>%n problema: nada pode ser enviado até o arquivo ser corrigido.</numerusform>
            <numerusform>%n problemas: nada pode ser enviado até o arquivo ser corrigido.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 cleared, %3 unchanged.</source>
        <translation>%1 alterados, %2 limpos, %3 inalterados.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Done. Each row&apos;s outcome is in the table.</source>
        <translation>Concluído. O resultado de cada linha está na tabela.</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>contém:</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Lin&amp;has:</translation>
    </message>
</context>
<context>
    <name>InternalIdImportModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(limpo)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (inalterado)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Current identifier</source>
        <translation>Identificador atual</translation>
    </message>
    <message>
        <source>New identifier</source>
        <translation>Novo identificador</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de correlação</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierDialog</name>
    <message>
        <source>Internal identifier — %1</source>
        <translation>Identificador interno — %1</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacionamento</translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation>Nosso próprio relacionamento</translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation>O relacionamento do revendedor (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relacionamento:</translation>
    </message>
    <message>
        <source>Empty: no internal identifier</source>
        <translation>Vazio: sem identificador interno</translation>
    </message>
    <message>
        <source>Empties the internal identifier</source>
        <translation>Limpa o identificador interno</translation>
    </message>
    <message>
        <source>Clear the internal identifier?</source>
        <translation>Limpar o identificador interno?</translation>
    </message>
    <message>
        <source>The internal identifier of %1 will be removed.</source>
        <translation>O identificador interno de %1 será removido.</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierForm</name>
    <message>
        <source>Internal identifier of %1 cleared.</source>
        <translation>Identificador interno de %1 limpo.</translation>
    </message>
    <message>
        <source>Internal identifier of %1 set to %2.</source>
        <translation>Identificador interno de %1 definido como %2.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation>Texto do email copiado.</translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation>Link do relacionamento — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instância de &amp;fornecedor:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instância de fornecedor</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Revendedor:</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>None — relationship with the CSP</source>
        <translation>Nenhum — relacionamento com o CSP</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>&amp;Idioma do email:</translation>
    </message>
    <message>
        <source>Email language</source>
        <translation>Idioma do email</translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation>&amp;Obter link</translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation>Link de aceitação do relacionamento</translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation>Escolha uma instância e obtenha o link</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation>Copiar texto do &amp;email</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation>Obtendo o link…</translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation>Link pronto.</translation>
    </message>
    <message>
        <source>Link opened in the browser.</source>
        <translation>Link aberto no navegador.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Não foi possível abrir nenhum navegador. Copie o link e cole-o em um navegador.</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Olá,

Para que possamos gerenciar as assinaturas de nuvem de %1, abra o link abaixo conectado como administrador global da sua organização e aceite o relacionamento:

%2

Ao aceitar, passamos a ser o seu revendedor: podemos comprar e gerenciar assinaturas e licenças para você. Isso não nos dá nenhuma função de administrador na sua organização nem acesso aos seus dados. Você pode encerrar o relacionamento a qualquer momento no centro de administração do Microsoft 365.

Atenciosamente</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller and also gives us delegated administration privileges: our administrators will be able to manage your organisation, its users, services and data, as a global administrator can. You can remove these privileges, or end the relationship, at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Olá,

Para que possamos gerenciar as assinaturas de nuvem de %1, abra o link abaixo conectado como administrador global da sua organização e aceite o relacionamento:

%2

Ao aceitar, passamos a ser o seu revendedor e também recebemos privilégios de administração delegada: nossos administradores poderão gerenciar a sua organização, os seus usuários, serviços e dados, como um administrador global pode. Você pode remover esses privilégios, ou encerrar o relacionamento, a qualquer momento no centro de administração do Microsoft 365.

Atenciosamente</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation>Não foi possível salvar o segredo no chaveiro do sistema (%1). Ele fica na memória até o aplicativo fechar.</translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation>CloudCockpit Admin</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation>ID do cliente no fornecedor</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Pesquisar em</translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation>Pesquisar no servidor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server search</source>
        <translation>Pesquisa no servidor</translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation>Filtrar os clientes carregados na hora</translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation>Filtro local</translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation>Incluir &amp;excluídos</translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation>&amp;Revendedor:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Reseller filter</source>
        <translation>Filtro de revendedor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation>Recarregar os clientes (F5)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar carregamento</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation>Sai&amp;r / trocar de locatário</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation>&amp;Copiar link do relacionamento</translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation>A demonstração não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Não foi possível iniciar a demonstração: %1</translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation>A sessão terminou ou o servidor recusou o token. Entre novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>revendedor</translation>
    </message>
    <message>
        <source>CSP</source>
        <translation>CSP</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>função desconhecida</translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation>o token é renovado automaticamente</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation>a sessão expira em %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Carregando %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 de %Ln cliente correspondem</numerusform>
            <numerusform>%1 de %Ln clientes correspondem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship link for %1 copied.</source>
        <translation>Link do relacionamento de %1 copiado.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Fit columns to the list</source>
        <translation>&amp;Ajustar as colunas à lista</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olunas</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>company name of a deleted customer</comment>
        <translation>%1 (excluído)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Tentando novamente em %n s …</numerusform>
            <numerusform>Tentando novamente em %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Carregando clientes…</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload failed</source>
        <translation>mostrando a lista das %1 — falha ao recarregar</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload cancelled</source>
        <translation>mostrando a lista das %1 — recarregamento cancelado</translation>
    </message>
    <message>
        <source>incomplete — loading failed</source>
        <translation>incompleta — falha ao carregar</translation>
    </message>
    <message>
        <source>incomplete — loading cancelled</source>
        <translation>incompleta — carregamento cancelado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer count · why the list is not current</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Nenhum cliente corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the filter</source>
        <translation>Limpar o &amp;filtro</translation>
    </message>
    <message>
        <source>No customers match “%1” on the server.</source>
        <translation>Nenhum cliente corresponde a “%1” no servidor.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the search</source>
        <translation>Limpar a &amp;pesquisa</translation>
    </message>
    <message>
        <source>The customers could not be loaded.</source>
        <translation>Não foi possível carregar os clientes.</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>Nenhum cliente para mostrar.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlação: %1</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>&amp;Import internal identifiers…</source>
        <translation>&amp;Importar identificadores internos…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>No direct customers in the list: every customer loaded has a reseller.</source>
        <translation>Nenhum cliente direto na lista: todos os clientes carregados têm um revendedor.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Não foi possível exportar a lista: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n cliente exportado para %1.</numerusform>
            <numerusform>%n clientes exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Microsoft Customer Agreements…</source>
        <translation>Contratos de Cliente da &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Searc&amp;h in:</source>
        <translation>&amp;Pesquisar em:</translation>
    </message>
    <message>
        <source>Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, in any order. Put a phrase in double quotes to find it as written.</source>
        <translation>Mostra os clientes carregados cujo nome, domínio, identificador, revendedor, local ou email contêm todas as palavras digitadas, em qualquer ordem. Coloque uma frase entre aspas duplas para encontrá-la exatamente como foi escrita.</translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>&amp;Manter as informações do contato principal</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation>Contrato de Cliente da Microsoft — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instância de &amp;fornecedor:</translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation>Instância de fornecedor Microsoft</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Data do contrato</translation>
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
        <translation>So&amp;brenome:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
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
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation>Este cliente ainda não está em nenhuma instância de fornecedor Microsoft: adicione uma primeiro.</translation>
    </message>
    <message>
        <source>When on, the agreement uses the customer&apos;s primary contact shown below</source>
        <translation>Quando ativada, o contrato usa o contato principal do cliente mostrado abaixo</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com.br</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Data do &amp;contrato:</translation>
    </message>
</context>
<context>
    <name>McaForm</name>
    <message>
        <source>Microsoft Customer Agreement of %1 recorded, accepted on %2.</source>
        <translation>Contrato de Cliente da Microsoft de %1 registrado, aceito em %2.</translation>
    </message>
</context>
<context>
    <name>McaListModel</name>
    <message>
        <source>Required</source>
        <translation>Necessários</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Expired links</source>
        <translation>Links expirados</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>Prontos para criar</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Em conformidade</translation>
    </message>
    <message>
        <source>No acceptance link has been generated for the customer yet.</source>
        <translation>Ainda não foi gerado nenhum link de aceitação para o cliente.</translation>
    </message>
    <message>
        <source>The customer has an acceptance link and has not accepted yet.</source>
        <translation>O cliente tem um link de aceitação e ainda não aceitou.</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance link expired before they accepted.</source>
        <translation>O link de aceitação do cliente expirou antes de ele aceitar.</translation>
    </message>
    <message>
        <source>The customer accepted: the agreement can be recorded.</source>
        <translation>O cliente aceitou: o contrato pode ser registrado.</translation>
    </message>
    <message>
        <source>The agreement is in place.</source>
        <translation>O contrato está em vigor.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Link expires %1</source>
        <translation>Link expira em %1</translation>
    </message>
    <message>
        <source>Link expired %1</source>
        <translation>Link expirou em %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Aceito em %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory email, phone</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlação: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instância de fornecedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatário</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualização</translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>Status atualizado de %Ln contrato.</numerusform>
            <numerusform>Status atualizado de %Ln contratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>Status atualizado de %1, falhou para %Ln contrato: veja a coluna Atualização.</numerusform>
            <numerusform>Status atualizado de %1, falhou para %Ln contratos: veja a coluna Atualização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Customer Agreements</source>
        <translation>Contratos de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation API: the partner can sell to a customer only when its agreement is in place. Choose a group to see its customers.</source>
        <translation>Desde 5 de janeiro de 2026, a Microsoft só aceita um Contrato de Cliente da Microsoft por meio da API de atestado dela: o parceiro só pode vender a um cliente quando o contrato dele estiver em vigor. Escolha um grupo para ver os clientes dele.</translation>
    </message>
    <message>
        <source>Shows the customers of every group</source>
        <translation>Mostra os clientes de todos os grupos</translation>
    </message>
    <message>
        <source>Filter by company, instance or signatory</source>
        <translation>Filtrar por empresa, instância ou signatário</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Filtrar contratos</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>Atualizar &amp;status</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the selected agreements</source>
        <translation>Pede à Microsoft o status atual dos contratos selecionados</translation>
    </message>
    <message>
        <source>Record &amp;agreement…</source>
        <translation>&amp;Registrar contrato…</translation>
    </message>
    <message>
        <source>Records that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Registra que o cliente aceitou o Contrato de Cliente da Microsoft</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recarre&amp;gar</translation>
    </message>
    <message>
        <source>Reads every agreement again (F5)</source>
        <translation>Lê todos os contratos novamente (F5)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Necessários</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Pendentes</translation>
    </message>
    <message>
        <source>E&amp;xpired links</source>
        <translation>&amp;Links expirados</translation>
    </message>
    <message>
        <source>Ready to &amp;create</source>
        <translation>Prontos para &amp;criar</translation>
    </message>
    <message>
        <source>C&amp;ompliant</source>
        <translation>Em c&amp;onformidade</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln agreement(s)</source>
        <translation>
            <numerusform>%1: %Ln contrato</numerusform>
            <numerusform>%1: %Ln contratos</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Todos</translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln agreement(s)</source>
        <translation>
            <numerusform>Todos: %Ln contrato</numerusform>
            <numerusform>Todos: %Ln contratos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Carregando %1 de %2</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Carregando contratos…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>Exibindo %1 de %Ln contrato</numerusform>
            <numerusform>Exibindo %1 de %Ln contratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln contrato</numerusform>
            <numerusform>%Ln contratos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agreement count · what the last refresh came to</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refresh &amp;status (%L1)</source>
        <translation>Atualizar &amp;status (%L1)</translation>
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
        <translation>não definido</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Tipo de oferta</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentagem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Example price</source>
        <translation>Preço de exemplo</translation>
    </message>
    <message>
        <source>What this rule makes of a price of %1</source>
        <translation>Resultado desta regra para um preço de %1</translation>
    </message>
    <message>
        <source>What each rule makes of a price of %1</source>
        <translation>Resultado de cada regra para um preço de %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The whole window changes at once. Dates and numbers follow the language too.</source>
        <translation>A janela inteira muda na hora. Datas e números também seguem o idioma.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionais</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificados de &amp;CA adicionais:</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting company proxy</source>
        <translation>Arquivo PEM, para um proxy da empresa que inspeciona TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System proxy (leave empty), or http://proxy.example.com:3128</source>
        <translation>Proxy do sistema (deixe vazio) ou http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Network settings apply from the next sign-in.</source>
        <translation>As configurações de rede valem a partir da próxima entrada.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Direct customers only</source>
        <translation>Somente clientes diretos</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Nenhum chaveiro está disponível.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not read or saved in this session: %1 is not a regular file.</source>
        <translation>As configurações não são lidas nem salvas nesta sessão: %1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>Settings are not read or saved in this session: %1 is larger than %L2 MB.</source>
        <translation>As configurações não são lidas nem salvas nesta sessão: %1 é maior que %L2 MB.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation>Entrar no CloudCockpit</translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation>Use um Acesso à API do seu locatário ou cole um token de portador. Não tem uma conta à mão? Experimente a demonstração: ela executa um locatário de teste neste computador.</translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation>Domínio do &amp;locatário:</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Domínio do locatário</translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation>O domínio que você usa para acessar o portal CloudCockpit, por ex. portal.contoso.com</translation>
    </message>
    <message>
        <source>portal.contoso.com</source>
        <translation>portal.contoso.com</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>&amp;Token de portador</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;ID do cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Se&amp;gredo do cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation>eyJ0eXAiOiJKV1Qi…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>Lem&amp;brar neste computador (no chaveiro do sistema)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avançado</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL da API:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL da API</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL do t&amp;oken:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL do token</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>E&amp;xperimentar a demonstração</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation>Inicia um locatário de teste neste computador e entra nele</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>A&amp;PI Access (client ID and secret)</source>
        <translation>Acesso à A&amp;PI (ID do cliente e segredo)</translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique o endereço e a sua conexão de rede.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Não foi possível estabelecer a conexão segura com o servidor.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>O servidor recusou as credenciais. Entre novamente.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Você não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>O servidor não encontrou o que foi pedido.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Alguns campos precisam de atenção.</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>O servidor rejeitou os dados.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>O servidor está ocupado. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>O servidor informou um erro (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation>O servidor enviou uma resposta que este aplicativo não entende.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo de erro: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlação: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Its answer could not be read.</source>
        <translation>Não foi possível ler a resposta.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came.</source>
        <translation>A conexão foi fechada antes de a resposta chegar.</translation>
    </message>
    <message>
        <source>The answer to this change was lost: it may or may not have been made.</source>
        <translation>A resposta a esta alteração se perdeu: a alteração pode ter sido feita ou não.</translation>
    </message>
    <message>
        <source>Outcome: unknown</source>
        <translation>Resultado: desconhecido</translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>certificado de %1, emitido por %2, válido de %3 a %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation>O endereço não respondeu como um endpoint de tokens.</translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation>O segredo do cliente foi recusado. Verifique-o ou crie um novo.</translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation>Este ID do cliente não é conhecido pelo provedor de identidade.</translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation>O provedor de identidade recusou o escopo da API CloudCockpit.</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>O provedor de identidade recusou a entrada: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>O endpoint de tokens respondeu HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Sem resposta em %n segundo.</numerusform>
            <numerusform>Sem resposta em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation>A conexão foi fechada antes de o servidor responder; a solicitação não foi repetida porque o servidor pode tê-la executado. Verifique antes de tentar novamente.</translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation>A resposta era maior que %1 e não foi lida.</translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation>Use um UUID como 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation>Digite o domínio que você usa para acessar o portal, por exemplo portal.contoso.com.</translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation>Digite apenas um nome de domínio, sem https:// nem caminho.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation>Isto não é um token de portador (um JWT tem três partes separadas por pontos).</translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation>Este token expirou em %1. Obtenha um novo.</translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation>O servidor recusou este token.</translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation>O servidor recusou o token emitido para este cliente.</translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation>Estas credenciais não podem usar este locatário.</translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation>Nenhuma API CloudCockpit responde neste endereço.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>O número da página começa em 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>O tamanho da página deve estar entre 1 e %1.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Escolha uma instância de fornecedor.</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>um endereço inválido</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer was larger than %1 and was not read.</source>
        <translation>A resposta do endpoint de tokens era maior que %1 e não foi lida.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint&apos;s own address.</source>
        <translation>O endpoint de tokens redirecionou para %1; o segredo do cliente nunca é repassado para outro endereço. Digite o endereço do próprio endpoint de tokens.</translation>
    </message>
    <message>
        <source>It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.</source>
        <translation>Ele redirecionou a alteração para %1; uma alteração nunca é repassada para outro endereço, então nada foi enviado para lá.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>Ele redirecionou a solicitação mais de %n vez; o último redirecionamento apontava para %1.</numerusform>
            <numerusform>Ele redirecionou a solicitação mais de %n vezes; o último redirecionamento apontava para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It redirected the request to %1, which is not the API&apos;s address; it was not followed, so that your credentials stay with the API.</source>
        <translation>Ele redirecionou a solicitação para %1, que não é o endereço da API; o redirecionamento não foi seguido, para que suas credenciais fiquem apenas com a API.</translation>
    </message>
    <message>
        <source>The token holds spaces, line breaks or other characters a bearer token cannot have.</source>
        <translation>O token contém espaços, quebras de linha ou outros caracteres que um token de portador não pode ter.</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Escolha uma instância de fornecedor Microsoft.</translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation>Digite um endereço completo, por exemplo https://api.cloudcockpit.com.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation>Somente endereços https:// são permitidos (http simples apenas para este computador).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Use um endereço https://.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>Nenhum chaveiro está disponível neste computador (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>O acesso ao chaveiro foi negado.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>O chaveiro informou um erro: %1</translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation>Não foi possível ler o pacote de CA %1.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>O pacote de CA %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>Use a proxy address such as http://proxy.example.com:3128.</source>
        <translation>Use um endereço de proxy como http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>cc::OrderedPages</name>
    <message>
        <source>The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.</source>
        <translation>O servidor informa %1 clientes ou páginas, mais que os %2 que uma listagem lê; nada além do limite foi lido.</translation>
    </message>
</context>
<context>
    <name>cc::ProfileStore</name>
    <message>
        <source>Profiles are not read or saved: %1 is not a regular file.</source>
        <translation>Os perfis não são lidos nem salvos: %1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>Profiles could not be read from %1.</source>
        <translation>Não foi possível ler os perfis de %1.</translation>
    </message>
    <message>
        <source>Profiles are not read or saved: %1 is larger than %L2 KB.</source>
        <translation>Os perfis não são lidos nem salvos: %1 é maior que %L2 KB.</translation>
    </message>
    <message>
        <source>Profiles could not be saved to %1.</source>
        <translation>Não foi possível salvar os perfis em %1.</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is locked.</source>
        <translation>Não foi possível salvar os perfis: %1 está bloqueado.</translation>
    </message>
</context>
<context>
    <name>cc::bulk</name>
    <message>
        <source>this row has %1 columns, the header %2.</source>
        <translation>esta linha tem %1 colunas, o cabeçalho tem %2.</translation>
    </message>
    <message>
        <source>empty: which customer is this row for?</source>
        <translation>vazio: a qual cliente se refere esta linha?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer ID.</source>
        <translation>&apos;%1&apos; não é um ID de cliente.</translation>
    </message>
    <message>
        <source>no customer has the ID %1.</source>
        <translation>nenhum cliente tem o ID %1.</translation>
    </message>
    <message>
        <source>no customer has the domain &apos;%1&apos;.</source>
        <translation>nenhum cliente tem o domínio &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no customer has the internal identifier &apos;%1&apos;.</source>
        <translation>nenhum cliente tem o identificador interno &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 customers match &apos;%2&apos;; use the customer ID.</source>
        <translation>%1 clientes correspondem a &apos;%2&apos;; use o ID do cliente.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 foi excluído.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>%1 caracteres; no máximo %2.</translation>
    </message>
    <message>
        <source>holds a line break, a tab or another control character.</source>
        <translation>contém uma quebra de linha, uma tabulação ou outro caractere de controle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reseller ID.</source>
        <translation>&apos;%1&apos; não é um ID de revendedor.</translation>
    </message>
    <message>
        <source>%1 is not a customer of this reseller.</source>
        <translation>%1 não é cliente deste revendedor.</translation>
    </message>
    <message>
        <source>row %1 already names this customer (%2).</source>
        <translation>a linha %1 já indica este cliente (%2).</translation>
    </message>
    <message>
        <source>row %1 gives this customer (%2) another value, &apos;%3&apos;.</source>
        <translation>a linha %1 atribui a este cliente (%2) outro valor, &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; to another customer (%3).</source>
        <translation>a linha %1 atribui &apos;%2&apos; a outro cliente (%3).</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;; give it another value in this file, or choose another.</source>
        <translation>%1 já tem &apos;%2&apos;; atribua outro valor a ele neste arquivo ou escolha outro.</translation>
    </message>
    <message>
        <source>takes &apos;%1&apos; from row %2, which waits for this row in turn: the server refuses a value another customer still holds, so values cannot be swapped in one file. Move one of them to a temporary value first.</source>
        <translation>recebe &apos;%1&apos; da linha %2, que por sua vez aguarda esta linha: o servidor recusa um valor que outro cliente ainda tem, então não é possível trocar valores em um único arquivo. Mude primeiro um deles para um valor temporário.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Changed (answer lost, checked)</source>
        <translation>Alterado (resposta perdida, verificado)</translation>
    </message>
    <message>
        <source>Not changed (answer lost, checked)</source>
        <translation>Não alterado (resposta perdida, verificado)</translation>
    </message>
    <message>
        <source>Unknown (answer lost, check failed)</source>
        <translation>Desconhecido (resposta perdida, verificação falhou)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>not a results file of &apos;ccadmin internal-id import&apos;: its header is not %1.</source>
        <translation>não é um arquivo de resultados de &apos;ccadmin internal-id import&apos;: o cabeçalho não é %1.</translation>
    </message>
</context>
<context>
    <name>cc::bulk::ImportRunner</name>
    <message>
        <source>Not sent: row %1, which frees this value, was not applied.</source>
        <translation>Não enviado: a linha %1, que libera este valor, não foi aplicada.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>Não enviado: a importação foi interrompida.</translation>
    </message>
    <message>
        <source>The answer was lost and reading the customer back failed too (%1); look at the customer before you send this row again.</source>
        <translation>A resposta se perdeu e a releitura do cliente também falhou (%1); confira o cliente antes de enviar esta linha novamente.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the server has the new value.</source>
        <translation>A resposta se perdeu; na releitura, o servidor tem o novo valor.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the change was not made. Sending this row again is safe.</source>
        <translation>A resposta se perdeu; na releitura, a alteração não foi feita. Enviar esta linha novamente é seguro.</translation>
    </message>
</context>
<context>
    <name>cc::csv</name>
    <message>
        <source>The file is larger than %1, the most that is read.</source>
        <translation>O arquivo é maior que %1, o máximo que é lido.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>O texto não está em UTF-8; salve o arquivo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>Mais de %1 colunas.</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>Mais de %1 linhas.</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Texto após aspas de fechamento; aspas dentro de um campo entre aspas são escritas duas vezes (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed.</source>
        <translation>Aspas abertas nesta linha nunca são fechadas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>No máximo %n caractere.</numerusform>
            <numerusform>No máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation>Digite o nome completo, não uma inicial.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Digite um endereço de email como nome@exemplo.com.br.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>Use apenas dígitos, espaços, +, - e parênteses.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Digite um número.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation>Esta regra precisa de uma porcentagem abaixo de 100.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation>Esta regra precisa de uma porcentagem abaixo de 200.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>O número da página começa em 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>O tamanho da página deve estar entre 1 e %1.</translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation>Use letras, dígitos e hífens, por exemplo contoso ou contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation>Obrigatório quando o contrato foi aceito.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>A data não pode estar no futuro.</translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation>Use um nome de cultura como pt-BR.</translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation>Use um código de idioma como pt.</translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation>O ID do parceiro (MPN ID) tem apenas dígitos.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Escolha uma instância de fornecedor.</translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation>Este tipo de oferta já tem uma margem.</translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation>Os dados do cliente Microsoft estão ausentes ou não são JSON válido.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>JSON inválido: %1 (no caractere %2).</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Escolha uma instância de fornecedor Microsoft.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 999.</source>
        <translation>Digite uma porcentagem de 0 a 999.</translation>
    </message>
    <message>
        <source>Choose the provider instance of the customer&apos;s relationship.</source>
        <translation>Escolha a instância de fornecedor do relacionamento do cliente.</translation>
    </message>
    <message>
        <source>Compliant agreements are excluded: choose another status, or include them.</source>
        <translation>Os contratos em conformidade foram deixados de fora: escolha outro status ou inclua-os.</translation>
    </message>
    <message>
        <source>This provider instance does not sell this offer type.</source>
        <translation>Esta instância de fornecedor não vende este tipo de oferta.</translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation>Endereço da API (CLOUDCOCKPIT_API_URL; padrão https://api.cloudcockpit.com).</translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation>Domínio do portal do locatário, enviado como X-Tenant (CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation>Token de portador (CLOUDCOCKPIT_TOKEN).</translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation>ID do cliente do Acesso à API (CLOUDCOCKPIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation>Segredo do cliente do Acesso à API (CLOUDCOCKPIT_CLIENT_SECRET); visível para outros usuários na linha de comando.</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>Ler o segredo do cliente de FILE.</translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation>Endpoint de tokens OAuth (CLOUDCOCKPIT_TOKEN_URL).</translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation>X-Correlation-Id a enviar em vez de um novo.</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>Tempo limite de transferência em segundos (padrão 30).</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Formato de saída: text, json ou csv.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texto da pesquisa.</translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation>Campo de pesquisa: name, domain, internal-id ou provider-customer-id.</translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation>ID do revendedor.</translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation>Deixar de fora os clientes excluídos.</translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation>Ordenar pelo nome da empresa, de Z a A.</translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation>Clientes por página, de 1 a 2000 (padrão 100; 2000 com --all).</translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation>Buscar todas as páginas.</translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation>ID da instância de fornecedor.</translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation>Data do contrato.</translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation>Usar o contato principal do cliente no contrato.</translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation>Nome do contato.</translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation>Sobrenome do contato.</translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation>Email do contato.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Telefone do contato.</translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation>Margem de preço em porcentagem.</translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>Markup, Margin, SplitMargin ou ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation>Margem para um tipo de oferta (repetível).</translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation>Dados do cliente no fornecedor (objeto JSON).</translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation>Porta do ambiente de teste (0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation>Quantidade de clientes do ambiente de teste, de 0 a 100000.</translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation>Semente dos dados do ambiente de teste.</translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation>Falha a injetar no ambiente de teste (repetível; veja o README).</translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation>Linha de comando para a API CSP do CloudCockpit: clientes, links do relacionamento, identificadores internos, Contratos de Cliente da Microsoft, instâncias de fornecedor.</translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation>Experimente &apos;ccadmin --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation>comando desconhecido &apos;%1&apos;. Comandos: %2</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>a opção --%1 não se aplica a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation>--format deve ser text, json ou csv.</translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation>obrigatório (--tenant ou CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation>use um número de segundos entre 0 e 3600.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation>&apos;%1&apos; não é um UUID.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation>aviso: um token na linha de comando pode ser visto por outros usuários deste computador; prefira CLOUDCOCKPIT_TOKEN.</translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>aviso: um segredo do cliente na linha de comando pode ser visto por outros usuários deste computador; prefira CLOUDCOCKPIT_CLIENT_SECRET ou --client-secret-file.</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>Segredo do cliente para %1: </translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation>obrigatório com --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file ou uma solicitação).</translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation>uso: ccadmin customers show CUSTOMER_ID</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obrigatório.</translation>
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
        <translation>vazio; use &apos;internal-id clear&apos; para remover o identificador.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation>uso: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation>use --keep-primary ou as opções de contato, não ambos.</translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation>uso: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>obrigatório: Markup, Margin, SplitMargin ou ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>&apos;%1&apos; não é uma regra de margem: use Markup, Margin, SplitMargin ou ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>JSON inválido: %1 no caractere %2.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>use um número inteiro de %1 a %2.</translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation>o ambiente de teste não conseguiu escutar: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Internal ID</source>
        <translation>ID interno</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>%1 of %2 customer(s)</source>
        <translation>%1 de %2 cliente(s)</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>CNPJ/ID fiscal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation>Instância de fornecedor %1</translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation>  ID do cliente</translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation>  Margem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation>&apos;%1&apos; não é um número (use ponto para decimais, por ex. 12.5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; não é uma data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation>&apos;%1&apos; não é um UUID (por ex. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation>&apos;%1&apos; não é um campo de pesquisa: use name, domain, internal-id ou provider-customer-id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation>&apos;%1&apos; não está no formato TYPE=PERCENT[:RULE], por ex. License=12.5:Markup.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation>&apos;%1&apos; não é um tipo de oferta: use um de %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this option reads.</source>
        <translation>%1 é maior que %2, o máximo que esta opção lê.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>aviso: o servidor enviou %n cliente mais de uma vez; ele foi exibido só uma vez.</numerusform>
            <numerusform>aviso: o servidor enviou %n clientes mais de uma vez; cada um foi exibido só uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>the relationship link is not an https address; it is not printed.</source>
        <translation>o link do relacionamento não é um endereço https; ele não é exibido.</translation>
    </message>
    <message>
        <source>One of the commands below; &apos;ccadmin COMMAND --help&apos; shows its usage and options.</source>
        <translation>Um dos comandos abaixo; &apos;ccadmin COMMAND --help&apos; mostra o uso e as opções dele.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no operands.</source>
        <translation>&apos;%1&apos; não aceita operandos.</translation>
    </message>
    <message>
        <source>List customers: one page, or every page with --all.</source>
        <translation>Listar clientes: uma página, ou todas as páginas com --all.</translation>
    </message>
    <message>
        <source>Show a customer, with its margins in each provider instance.</source>
        <translation>Mostrar um cliente, com as margens dele em cada instância de fornecedor.</translation>
    </message>
    <message>
        <source>List the provider instances.</source>
        <translation>Listar as instâncias de fornecedor.</translation>
    </message>
    <message>
        <source>Print the relationship acceptance link of a provider instance.</source>
        <translation>Exibir o link de aceitação do relacionamento de uma instância de fornecedor.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s internal identifier.</source>
        <translation>Definir o identificador interno de um cliente.</translation>
    </message>
    <message>
        <source>Remove a customer&apos;s internal identifier.</source>
        <translation>Remover o identificador interno de um cliente.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s Microsoft Customer Agreement.</source>
        <translation>Registrar o Contrato de Cliente da Microsoft de um cliente.</translation>
    </message>
    <message>
        <source>Add a customer to another provider instance, with a margin.</source>
        <translation>Adicionar um cliente a outra instância de fornecedor, com uma margem.</translation>
    </message>
    <message>
        <source>Serve a local sandbox of the API until interrupted; print its credentials.</source>
        <translation>Servir um ambiente de teste local da API até ser interrompido; exibir as credenciais dele.</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back to see whether the change was made…</source>
        <translation>ccadmin: relendo o cliente para ver se a alteração foi feita…</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back failed too (%1); look at the customer before you run the command again.</source>
        <translation>ccadmin: a releitura do cliente também falhou (%1); confira o cliente antes de executar o comando novamente.</translation>
    </message>
    <message>
        <source>ccadmin: the server has the change; only its answer was lost.</source>
        <translation>ccadmin: o servidor tem a alteração; só a resposta se perdeu.</translation>
    </message>
    <message>
        <source>ccadmin: the change was not made; running the command again is safe.</source>
        <translation>ccadmin: a alteração não foi feita; executar o comando novamente é seguro.</translation>
    </message>
    <message>
        <source>required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see &apos;ccadmin login&apos;).</source>
        <translation>obrigatório (--tenant, CLOUDCOCKPIT_TENANT ou um perfil: veja &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see &apos;ccadmin login&apos;).</source>
        <translation>obrigatório: --token (CLOUDCOCKPIT_TOKEN), --client-id com um segredo ou um perfil (veja &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>Profile saved by &apos;ccadmin login&apos; or the window (CLOUDCOCKPIT_PROFILE; default: the default profile when no tenant is given). Options and environment variables override its settings.</source>
        <translation>Perfil salvo por &apos;ccadmin login&apos; ou pela janela (CLOUDCOCKPIT_PROFILE; padrão: o perfil padrão quando nenhum locatário é informado). Opções e variáveis de ambiente substituem as configurações dele.</translation>
    </message>
    <message>
        <source>Read a bearer token from stdin instead of client credentials.</source>
        <translation>Ler um token de portador do stdin em vez das credenciais do cliente.</translation>
    </message>
    <message>
        <source>usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</source>
        <translation>uso: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</translation>
    </message>
    <message>
        <source>Sign in once and save a profile: the secret in the system keychain, the rest in a settings file.</source>
        <translation>Entrar uma vez e salvar um perfil: o segredo no chaveiro do sistema, o resto em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>usage: ccadmin logout [--profile NAME]</source>
        <translation>uso: ccadmin logout [--profile NAME]</translation>
    </message>
    <message>
        <source>Remove a profile and its secret (--profile, else the default one).</source>
        <translation>Remover um perfil e o segredo dele (--profile, senão o padrão).</translation>
    </message>
    <message>
        <source>List the profiles: the default one, role and expiry of the last token.</source>
        <translation>Listar os perfis: o padrão, a função e a expiração do último token.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirado)</translation>
    </message>
    <message>
        <source>Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use --client-secret-file.</source>
        <translation>Sem chaveiro, informe as credenciais no ambiente (CLOUDCOCKPIT_TENANT com CLOUDCOCKPIT_CLIENT_ID e CLOUDCOCKPIT_CLIENT_SECRET, ou CLOUDCOCKPIT_TOKEN) ou use --client-secret-file.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; makes it).</source>
        <translation>não existe o perfil &apos;%1&apos; (veja &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; o cria).</translation>
    </message>
    <message>
        <source>the keychain holds none for profile &apos;%1&apos;; run &apos;ccadmin login --profile %1&apos;.</source>
        <translation>o chaveiro não guarda nenhum para o perfil &apos;%1&apos;; execute &apos;ccadmin login --profile %1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile name: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; não é um nome de perfil: letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Não há terminal para perguntar.</translation>
    </message>
    <message>
        <source>Tenant domain (e.g. portal.contoso.com): </source>
        <translation>Domínio do locatário (por ex. portal.contoso.com): </translation>
    </message>
    <message>
        <source>more than %1 on stdin; a token is much shorter.</source>
        <translation>mais de %1 no stdin; um token é muito mais curto.</translation>
    </message>
    <message>
        <source>nothing on stdin.</source>
        <translation>nada no stdin.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer --token-stdin.</source>
        <translation>aviso: um token na linha de comando pode ser visto por outros usuários deste computador; prefira --token-stdin.</translation>
    </message>
    <message>
        <source>API Access client ID (leave empty to paste a bearer token instead): </source>
        <translation>ID do cliente do Acesso à API (deixe vazio para colar um token de portador): </translation>
    </message>
    <message>
        <source>Bearer token: </source>
        <translation>Token de portador: </translation>
    </message>
    <message>
        <source>required (--client-id, CLOUDCOCKPIT_CLIENT_ID, or a token with --token-stdin).</source>
        <translation>obrigatório (--client-id, CLOUDCOCKPIT_CLIENT_ID ou um token com --token-stdin).</translation>
    </message>
    <message>
        <source>required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).</source>
        <translation>obrigatório (--client-secret-file ou CLOUDCOCKPIT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>these settings cannot be kept as a profile.</source>
        <translation>estas configurações não podem ser salvas como perfil.</translation>
    </message>
    <message>
        <source>the secret could not be kept in the system keychain: %1</source>
        <translation>não foi possível salvar o segredo no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nada foi armazenado.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Profile &apos;%3&apos; saved; its secret is in the system keychain.</source>
        <translation>Conectado a %1 como %2. Perfil &apos;%3&apos; salvo; o segredo dele está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>função desconhecida</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>É o perfil padrão.</translation>
    </message>
    <message>
        <source>no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.</source>
        <translation>nenhum perfil indicado (--profile ou CLOUDCOCKPIT_PROFILE) e nenhum perfil padrão.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;).</source>
        <translation>não existe o perfil &apos;%1&apos; (veja &apos;ccadmin profiles&apos;).</translation>
    </message>
    <message>
        <source>Signed out: profile &apos;%1&apos; and its secret are removed.</source>
        <translation>Desconectado: o perfil &apos;%1&apos; e o segredo dele foram removidos.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is kept; run &apos;ccadmin logout&apos; again when the keychain is available.</source>
        <translation>O perfil &apos;%1&apos; foi mantido; execute &apos;ccadmin logout&apos; novamente quando o chaveiro estiver disponível.</translation>
    </message>
    <message>
        <source>No profiles yet: &apos;ccadmin login&apos; makes one, and so does signing in with the window.</source>
        <translation>Ainda não há perfis: &apos;ccadmin login&apos; cria um, assim como entrar pela janela.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATÁRIO</translation>
    </message>
    <message>
        <source>SIGNS IN WITH</source>
        <translation>ENTRA COM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>FUNÇÃO</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>TOKEN EXPIRA</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>Attestation status: required, linkgenerated, linkexpired, customeraccepted or agreementcreated.</source>
        <translation>Status do atestado: required, linkgenerated, linkexpired, customeraccepted ou agreementcreated.</translation>
    </message>
    <message>
        <source>Leave out agreements already created (compliant).</source>
        <translation>Deixar de fora os contratos já criados (em conformidade).</translation>
    </message>
    <message>
        <source>Check and print the changes; send nothing.</source>
        <translation>Verificar e exibir as alterações; não enviar nada.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 6).</source>
        <translation>Solicitações simultâneas em andamento, de 1 a 64 (padrão 6).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to FILE as CSV (default: standard output).</source>
        <translation>Gravar o resultado de cada linha em FILE como CSV (padrão: saída padrão).</translation>
    </message>
    <message>
        <source>Skip the rows an earlier results FILE shows as done.</source>
        <translation>Ignorar as linhas que um FILE de resultados anterior mostra como concluídas.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</source>
        <translation>uso: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</translation>
    </message>
    <message>
        <source>Set many internal identifiers from a CSV file, checked first.</source>
        <translation>Definir vários identificadores internos a partir de um arquivo CSV, verificado antes.</translation>
    </message>
    <message>
        <source>List the resellers (csp only).</source>
        <translation>Listar os revendedores (somente csp).</translation>
    </message>
    <message>
        <source>usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</source>
        <translation>uso: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</translation>
    </message>
    <message>
        <source>Replace a customer&apos;s margins in a provider instance; offer types left out lose their own.</source>
        <translation>Substituir as margens de um cliente em uma instância de fornecedor; os tipos de oferta omitidos perdem as próprias margens.</translation>
    </message>
    <message>
        <source>List Microsoft Customer Agreement statuses: one page, or every page with --all.</source>
        <translation>Listar os status dos Contratos de Cliente da Microsoft: uma página, ou todas as páginas com --all.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID</source>
        <translation>uso: ccadmin mca show CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Show a customer&apos;s Microsoft Customer Agreement status in a Microsoft provider instance.</source>
        <translation>Mostrar o status do Contrato de Cliente da Microsoft de um cliente em uma instância de fornecedor Microsoft.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</source>
        <translation>uso: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Ask Microsoft for a customer&apos;s agreement status, then show it.</source>
        <translation>Pedir à Microsoft o status do contrato de um cliente e depois mostrá-lo.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>current internal identifier</source>
        <translation>identificador interno atual</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domínio</translation>
    </message>
    <message>
        <source>use a whole number from 1 to 64.</source>
        <translation>use um número inteiro de 1 a 64.</translation>
    </message>
    <message>
        <source>cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer (customer ID, internal identifier or domain) and one with the new value (new internal identifier); a reseller column is optional.</source>
        <translation>não é possível distinguir as colunas de %1 (colunas: %2). É necessária uma coluna que identifique o cliente (ID do cliente, identificador interno ou domínio) e uma com o novo valor (novo identificador interno); uma coluna de revendedor é opcional.</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sem cabeçalho</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>não foi possível gravar %1.</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>ccadmin: %n problema em %1; nada foi enviado.</numerusform>
            <numerusform>ccadmin: %n problemas em %1; nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).</source>
        <translation>ccadmin: %1 linhas conferidas com %2 clientes em %3 ms (chave: %4).</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>inalterado (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>limpo</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n alterado</numerusform>
            <numerusform>%n alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n limpo</numerusform>
            <numerusform>%n limpos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterado</numerusform>
            <numerusform>%n inalterados</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent (--dry-run).</source>
        <translation>nada foi enviado (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>ccadmin: %n linha concluída na execução anterior não é enviada novamente.</numerusform>
            <numerusform>ccadmin: %n linhas concluídas na execução anterior não são enviadas novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 in flight</source>
        <translation>%1 de %2 enviados, %3 em andamento</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>ccadmin: parando: nenhuma linha nova é enviada; aguardando a %n em andamento.</numerusform>
            <numerusform>ccadmin: parando: nenhuma linha nova é enviada; aguardando as %n em andamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direto</translation>
    </message>
    <message>
        <source>warning: reseller names could not be read (%1); their IDs are shown.</source>
        <translation>aviso: não foi possível ler os nomes dos revendedores (%1); os IDs deles são exibidos.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>aviso: o servidor enviou %n revendedor mais de uma vez; ele foi exibido só uma vez.</numerusform>
            <numerusform>aviso: o servidor enviou %n revendedores mais de uma vez; cada um foi exibido só uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use one of %2.</source>
        <translation>&apos;%1&apos; não é um status: use um de %2.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>aviso: o servidor enviou %n contrato mais de uma vez; ele foi exibido só uma vez.</numerusform>
            <numerusform>aviso: o servidor enviou %n contratos mais de uma vez; cada um foi exibido só uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: reading the agreement back; it shows the status the server has now.</source>
        <translation>ccadmin: relendo o contrato; ele mostra o status que o servidor tem agora.</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>aceito em %1</translation>
    </message>
    <message>
        <source>link expires %1</source>
        <translation>link expira em %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n revendedor</numerusform>
            <numerusform>%n revendedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instância de fornecedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatário</translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation>%1 de %2 contrato(s)</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Locatário Microsoft</translation>
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
        <translation>CloudCockpit Admin: gerencie clientes CSP.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation>Iniciar o ambiente de teste integrado e entrar nele.</translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation>Quantidade de clientes no locatário de demonstração (0 a 100000).</translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation>Sair assim que os primeiros clientes forem exibidos (benchmarks).</translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation>Injetar uma falha no ambiente de teste da demonstração (repetível): ROUTE:KIND[:ARG][@RATE].</translation>
    </message>
    <message>
        <source>The unsaved %1 for %2 could not be reopened and is kept for later: %3 (correlation ID %4)</source>
        <translation>Não foi possível reabrir o formulário de %1 não salvo para %2, que foi mantido para depois: %3 (ID de correlação %4)</translation>
    </message>
</context>
</TS>
