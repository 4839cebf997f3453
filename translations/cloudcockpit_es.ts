<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddProviderInstanceDialog</name>
    <message>
        <source>Add provider instance — %1</source>
        <translation>Agregar instancia de proveedor — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instancia de &amp;proveedor:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instancia de proveedor</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>R&amp;elación:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>contoso (becomes contoso.onmicrosoft.com)</source>
        <translation>contoso (pasa a ser contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Education</source>
        <translation>Separadas por comas, p. ej. Education</translation>
    </message>
    <message>
        <source>Microsoft domain</source>
        <translation>Dominio de Microsoft</translation>
    </message>
    <message>
        <source>Credentials email</source>
        <translation>Correo de las credenciales</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Fec&amp;ha del contrato:</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Fecha del contrato</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>C&amp;ultura:</translation>
    </message>
    <message>
        <source>Default culture</source>
        <translation>Referencia cultural predeterminada</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;ID de partner:</translation>
    </message>
    <message>
        <source>Associated partner ID</source>
        <translation>ID de partner asociado</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Calificaciones:</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Provider customer data (JSON)</source>
        <translation>Datos del cliente en el proveedor (JSON)</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>&amp;Margen de precio:</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Porcentaje del margen de precio</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Regla de margen</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Márgenes por tipo de oferta</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Déjelo vacío para usar el margen de precio en todos los tipos de oferta</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Márgenes por tipo de o&amp;ferta:</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Todos los tipos de oferta de esta instancia ya tienen un margen.</translation>
    </message>
    <message>
        <source>This customer is already in every provider instance.</source>
        <translation>Este cliente ya está en todas las instancias de proveedor.</translation>
    </message>
    <message>
        <source>The customer a&amp;ccepted the Microsoft Customer Agreement</source>
        <translation>El cliente &amp;ya aceptó el Contrato de Cliente de Microsoft</translation>
    </message>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>Conser&amp;var la información del contacto principal</translation>
    </message>
    <message>
        <source>Ena&amp;ble GDAP</source>
        <translation>Ha&amp;bilitar GDAP</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>A&amp;ñadir fila</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Quita la fila seleccionada (Supr)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Sin filas: el margen de precio se aplica a todos los tipos de oferta.</translation>
    </message>
    <message>
        <source>Microsoft customer data</source>
        <translation>Datos del cliente en Microsoft</translation>
    </message>
    <message>
        <source>admin@contoso.com</source>
        <translation>admin@contoso.com</translation>
    </message>
    <message>
        <source>Digits only, e.g. 1234567</source>
        <translation>Solo dígitos, p. ej. 1234567</translation>
    </message>
    <message>
        <source>Domai&amp;n:</source>
        <translation>D&amp;ominio:</translation>
    </message>
    <message>
        <source>&amp;Admin email:</source>
        <translation>Correo de&amp;l administrador:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Apellido&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idiom&amp;a:</translation>
    </message>
    <message>
        <source>Provider customer data</source>
        <translation>Datos del cliente en el proveedor</translation>
    </message>
    <message>
        <source>Customer data as a &amp;JSON object (may be empty):</source>
        <translation>Datos del cliente como objeto &amp;JSON (puede estar vacío):</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>Choose a provider instance first.</source>
        <translation>Elija primero una instancia de proveedor.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
</context>
<context>
    <name>AddProviderInstanceForm</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON no válido: %1 en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>Enter a JSON object, for example {&quot;AccountId&quot;: &quot;1234&quot;}.</source>
        <translation>Escriba un objeto JSON, por ejemplo {&quot;AccountId&quot;: &quot;1234&quot;}.</translation>
    </message>
    <message>
        <source>Enter a percentage from %L1 to %L2.</source>
        <translation>Escriba un porcentaje de %L1 a %L2.</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>%1 agregado a %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
    <message>
        <source>Copies the error, its status and correlation ID for support</source>
        <translation>Copia el error, su estado y el ID de correlación para el soporte</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Reinten&amp;tar</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Copy relationship lin&amp;k…</source>
        <translation>Copiar &amp;vínculo de la relación…</translation>
    </message>
    <message>
        <source>Gets the link the customer opens to accept the relationship</source>
        <translation>Obtiene el vínculo que el cliente abre para aceptar la relación</translation>
    </message>
    <message>
        <source>Edit internal &amp;identifier…</source>
        <translation>Editar &amp;identificador interno…</translation>
    </message>
    <message>
        <source>Microsoft Customer &amp;Agreement…</source>
        <translation>Contrato de Cliente de &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Add provider i&amp;nstance…</source>
        <translation>Agregar i&amp;nstancia de proveedor…</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Detalles del cliente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Select a customer to see its details.</source>
        <translation>Seleccione un cliente para ver sus detalles.</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Este cliente está eliminado.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Direct (CSP)</source>
        <translation>Directa (CSP)</translation>
    </message>
    <message>
        <source>Reseller %1</source>
        <translation>Revendedor %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>Instancias de proveedor (%n)</numerusform>
            <numerusform>Instancias de proveedor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any provider instance yet.</source>
        <translation>Todavía no está en ninguna instancia de proveedor.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Customer ID at the provider: %1</source>
        <translation>ID del cliente en el proveedor: %1</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>(todavía no creado)</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Margen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The customer is deleted: the server accepts no changes to it.</source>
        <translation>El cliente está eliminado: el servidor no acepta cambios en él.</translation>
    </message>
    <message>
        <source>The selected customer is not in the list any more. Select a customer to see its details.</source>
        <translation>El cliente seleccionado ya no está en la lista. Seleccione un cliente para ver sus detalles.</translation>
    </message>
    <message>
        <source>Refresh MCA stat&amp;us</source>
        <translation>Actualizar es&amp;tado del MCA</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the customer&apos;s Microsoft Customer Agreement</source>
        <translation>Pide a Microsoft el estado actual del Contrato de Cliente de Microsoft del cliente</translation>
    </message>
    <message>
        <source>Edit mar&amp;gins…</source>
        <translation>Editar már&amp;genes…</translation>
    </message>
    <message>
        <source>Changes the price margins of the customer in a provider instance</source>
        <translation>Cambia los márgenes de precio del cliente en una instancia de proveedor</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement: %1</source>
        <translation>Contrato de Cliente de Microsoft: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signatory name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signatory: %1</source>
        <translation>Firmante: %1</translation>
    </message>
    <message>
        <source>Acceptance link expires: %1</source>
        <translation>Caducidad del vínculo de aceptación: %1</translation>
    </message>
    <message>
        <source>Acceptance link expired: %1</source>
        <translation>Vínculo de aceptación caducado: %1</translation>
    </message>
    <message>
        <source>Agreement date: %1</source>
        <translation>Fecha del contrato: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>La última actualización falló: %1</translation>
    </message>
    <message>
        <source>The customer is not in any provider instance yet: there are no margins to change.</source>
        <translation>El cliente aún no está en ninguna instancia de proveedor: no hay márgenes que cambiar.</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>ID de revendedor</translation>
    </message>
    <message>
        <source>Edit margins</source>
        <translation>Editar márgenes</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Direct</source>
        <translation>Directa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
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
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>This customer is deleted.</source>
        <translation>Este cliente está eliminado.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Estado del MCA</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Elegir en un calendario (F4)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Markup</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Split margin</source>
        <translation>Margen dividido</translation>
    </message>
    <message>
        <source>ERP minus discount</source>
        <translation>ERP menos descuento</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>License (legacy)</source>
        <translation>Licencia (heredada)</translation>
    </message>
    <message>
        <source>Software subscription</source>
        <translation>Suscripción de software</translation>
    </message>
    <message>
        <source>Perpetual software</source>
        <translation>Software perpetuo</translation>
    </message>
    <message>
        <source>Azure plan</source>
        <translation>Plan de Azure</translation>
    </message>
    <message>
        <source>Azure reservation</source>
        <translation>Reserva de Azure</translation>
    </message>
    <message>
        <source>Azure (legacy)</source>
        <translation>Azure (heredado)</translation>
    </message>
    <message>
        <source>Azure savings plan</source>
        <translation>Plan de ahorro de Azure</translation>
    </message>
    <message>
        <source>MCA required</source>
        <translation>MCA requerido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Vínculo caducado</translation>
    </message>
    <message>
        <source>Ready to create agreement</source>
        <translation>Listo para crear el contrato</translation>
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
        <translation>identificador interno</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrato de Cliente de Microsoft</translation>
    </message>
    <message>
        <source>provider instance</source>
        <translation>instancia de proveedor</translation>
    </message>
    <message>
        <source>margins</source>
        <translation>márgenes</translation>
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
        <translation>Contrato de Cliente de Microsoft</translation>
    </message>
    <message>
        <source>Add provider instance</source>
        <translation>Agregar instancia de proveedor</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>%n formulario que no guardó se puede volver a abrir. Restáurelo, descártelo si ya no lo necesita o decida más tarde: se conserva hasta que lo guarde o lo descarte.</numerusform>
            <numerusform>%n formularios que no guardó se pueden volver a abrir. Restaure uno, descarte los que ya no necesite o decida más tarde: se conservan hasta que los guarde o los descarte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Formularios sin guardar</translation>
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
        <translation>Descartar &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Guardar (%n problema)</numerusform>
            <numerusform>&amp;Guardar (%n problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Restored what you typed on %1 and did not save.</source>
        <translation>Se ha restaurado lo que escribió el %1 y no guardó.</translation>
    </message>
    <message>
        <source>Your session has ended. Close this form and sign in again: when you open it again, everything you typed is still here.</source>
        <translation>Su sesión ha terminado. Cierre este formulario y vuelva a iniciar sesión: cuando lo abra de nuevo, todo lo que escribió seguirá aquí.</translation>
    </message>
    <message>
        <source>%1 Checking whether the server has the new value…</source>
        <translation>%1 Comprobando si el servidor tiene el nuevo valor…</translation>
    </message>
    <message>
        <source>The server has the new value.</source>
        <translation>El servidor tiene el nuevo valor.</translation>
    </message>
    <message>
        <source>The change was not made: the server does not have it. What you typed is still here, and saving again is safe. (Correlation ID: %1)</source>
        <translation>El cambio no se hizo: el servidor no lo tiene. Lo que escribió sigue aquí y es seguro volver a guardar. (ID de correlación: %1)</translation>
    </message>
    <message>
        <source>Reading the customer back failed too, so the outcome is still unknown: %1 What you typed is still here; look at the customer before saving again.</source>
        <translation>Volver a leer el cliente también falló, así que el resultado sigue siendo desconocido: %1 Lo que escribió sigue aquí; revise el cliente antes de volver a guardar.</translation>
    </message>
</context>
<context>
    <name>EditMarginsDialog</name>
    <message>
        <source>Margins — %1</source>
        <translation>Márgenes — %1</translation>
    </message>
    <message>
        <source>Provider instance:</source>
        <translation>Instancia de proveedor:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Price margin percentage</source>
        <translation>Porcentaje del margen de precio</translation>
    </message>
    <message>
        <source>Margin rule</source>
        <translation>Regla de margen</translation>
    </message>
    <message>
        <source>Price &amp;margin:</source>
        <translation>&amp;Margen de precio:</translation>
    </message>
    <message>
        <source>Margins per offer type</source>
        <translation>Márgenes por tipo de oferta</translation>
    </message>
    <message>
        <source>Leave empty to use the price margin for every offer type</source>
        <translation>Déjelo vacío para usar el margen de precio en todos los tipos de oferta</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>A&amp;ñadir fila</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>Quita la fila seleccionada (Supr)</translation>
    </message>
    <message>
        <source>No rows: the price margin applies to every offer type.</source>
        <translation>Sin filas: el margen de precio se aplica a todos los tipos de oferta.</translation>
    </message>
    <message>
        <source>Margins per &amp;offer type:</source>
        <translation>Márgenes por tipo de o&amp;ferta:</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>The offer types of this provider instance are not known yet.</source>
        <translation>Aún no se conocen los tipos de oferta de esta instancia de proveedor.</translation>
    </message>
    <message>
        <source>Every offer type of this instance already has a margin.</source>
        <translation>Todos los tipos de oferta de esta instancia ya tienen un margen.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
</context>
<context>
    <name>EditMarginsForm</name>
    <message>
        <source>Margins of %1 in %2 saved.</source>
        <translation>Márgenes de %1 en %2 guardados.</translation>
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
        <translation>No es una fecha: escríbala como %1.</translation>
    </message>
    <message>
        <source>The server has the new value (only its answer was lost). %1</source>
        <translation>El servidor tiene el nuevo valor (solo se perdió su respuesta). %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import internal identifiers</source>
        <translation>Importar identificadores internos</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Current internal identifier</source>
        <translation>Identificador interno actual</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Customer &amp;column:</source>
        <translation>Columna de &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;New identifier column:</source>
        <translation>Columna del &amp;nuevo identificador:</translation>
    </message>
    <message>
        <source>&amp;Reseller column:</source>
        <translation>Columna de &amp;revendedor:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
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
        <translation>&amp;Guardar resultados como CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>¿Cambiar el identificador interno de %n cliente?</numerusform>
            <numerusform>¿Cambiar el identificador interno de %n clientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Guardar resultados como CSV</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>No se pudieron guardar los resultados: %1</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1 (correlation ID %2)</source>
        <translation>No se pudo leer la lista de clientes: %1 (ID de correlación %2)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>Choose a CSV file with a column naming each customer and one with its new identifier.</source>
        <translation>Elija un archivo CSV con una columna que indique cada cliente y otra con su nuevo identificador.</translation>
    </message>
    <message>
        <source>Choose the column that names the customer and the one with the new identifier.</source>
        <translation>Elija la columna que indica el cliente y la que contiene el nuevo identificador.</translation>
    </message>
    <message>
        <source>Checking every row against the customer list…</source>
        <translation>Comprobando cada fila con la lista de clientes…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>%n problema: no se puede enviar nada hasta que se corrija el archivo.</numerusform>
            <numerusform>%n problemas: no se puede enviar nada hasta que se corrija el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 cleared, %3 unchanged.</source>
        <translation>%1 cambiados, %2 borrados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Done. Each row&apos;s outcome is in the table.</source>
        <translation>Listo. El resultado de cada fila está en la tabla.</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>contiene:</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Filas:</translation>
    </message>
</context>
<context>
    <name>InternalIdImportModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Current identifier</source>
        <translation>Identificador actual</translation>
    </message>
    <message>
        <source>New identifier</source>
        <translation>Nuevo identificador</translation>
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
        <translation>ID de correlación</translation>
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
        <translation>Relación</translation>
    </message>
    <message>
        <source>Our own relationship</source>
        <translation>Nuestra propia relación</translation>
    </message>
    <message>
        <source>The reseller&apos;s relationship (%1)</source>
        <translation>La relación del revendedor (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>Empty: no internal identifier</source>
        <translation>Vacío: sin identificador interno</translation>
    </message>
    <message>
        <source>Empties the internal identifier</source>
        <translation>Vacía el identificador interno</translation>
    </message>
    <message>
        <source>Clear the internal identifier?</source>
        <translation>¿Borrar el identificador interno?</translation>
    </message>
    <message>
        <source>The internal identifier of %1 will be removed.</source>
        <translation>Se quitará el identificador interno de %1.</translation>
    </message>
</context>
<context>
    <name>InternalIdentifierForm</name>
    <message>
        <source>Internal identifier of %1 cleared.</source>
        <translation>Identificador interno de %1 borrado.</translation>
    </message>
    <message>
        <source>Internal identifier of %1 set to %2.</source>
        <translation>Identificador interno de %1 establecido en %2.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Vínculo copiado.</translation>
    </message>
    <message>
        <source>Email text copied.</source>
        <translation>Texto del correo copiado.</translation>
    </message>
    <message>
        <source>Relationship link — %1</source>
        <translation>Vínculo de la relación — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instancia de &amp;proveedor:</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instancia de proveedor</translation>
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
        <translation>Ninguno — relación con el CSP</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>&amp;Idioma del correo:</translation>
    </message>
    <message>
        <source>Email language</source>
        <translation>Idioma del correo</translation>
    </message>
    <message>
        <source>&amp;Get link</source>
        <translation>&amp;Obtener vínculo</translation>
    </message>
    <message>
        <source>Relationship acceptance link</source>
        <translation>Vínculo de aceptación de la relación</translation>
    </message>
    <message>
        <source>Choose an instance and get the link</source>
        <translation>Elija una instancia y obtenga el vínculo</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar vínculo</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Copy &amp;email text</source>
        <translation>Copiar &amp;texto del correo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Getting the link…</source>
        <translation>Obteniendo el vínculo…</translation>
    </message>
    <message>
        <source>Link ready.</source>
        <translation>Vínculo listo.</translation>
    </message>
    <message>
        <source>Link opened in the browser.</source>
        <translation>Vínculo abierto en el navegador.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>No se pudo abrir ningún navegador. Copie el vínculo y péguelo en uno.</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller: we can buy and manage subscriptions and licences for you. It gives us no administrator role in your organisation and no access to your data. You can end the relationship at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Hola:

Para que podamos administrar las suscripciones en la nube de %1, abra el vínculo siguiente con una sesión iniciada como administrador global de su organización y acepte la relación:

%2

Al aceptarla, pasamos a ser su revendedor: podemos comprar y administrar suscripciones y licencias en su nombre. No nos otorga ningún rol de administrador en su organización ni acceso a sus datos. Puede terminar la relación en cualquier momento desde su Centro de administración de Microsoft 365.

Un saludo</translation>
    </message>
    <message>
        <source>Hello,

To let us manage your cloud subscriptions for %1, please open the link below while signed in as a global administrator of your organisation and accept the relationship:

%2

Accepting makes us your reseller and also gives us delegated administration privileges: our administrators will be able to manage your organisation, its users, services and data, as a global administrator can. You can remove these privileges, or end the relationship, at any time in your Microsoft 365 admin centre.

Kind regards</source>
        <translation>Hola:

Para que podamos administrar las suscripciones en la nube de %1, abra el vínculo siguiente con una sesión iniciada como administrador global de su organización y acepte la relación:

%2

Al aceptarla, pasamos a ser su revendedor y además nos otorga privilegios de administración delegada: nuestros administradores podrán administrar su organización, sus usuarios, servicios y datos, como puede hacerlo un administrador global. Puede quitar estos privilegios, o terminar la relación, en cualquier momento desde su Centro de administración de Microsoft 365.

Un saludo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The secret could not be saved in the system keychain (%1). It is kept in memory until the app closes.</source>
        <translation>No se pudo guardar el secreto en el llavero del sistema (%1). Se mantiene en memoria hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>CloudCockpit Admin</source>
        <translation>CloudCockpit Admin</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Internal identifier</source>
        <translation>Identificador interno</translation>
    </message>
    <message>
        <source>Provider customer ID</source>
        <translation>ID del cliente en el proveedor</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>Search the server (Ctrl+F)</source>
        <translation>Buscar en el servidor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Server search</source>
        <translation>Búsqueda en el servidor</translation>
    </message>
    <message>
        <source>Filter loaded customers instantly</source>
        <translation>Filtrar al instante los clientes cargados</translation>
    </message>
    <message>
        <source>Local filter</source>
        <translation>Filtro local</translation>
    </message>
    <message>
        <source>Include &amp;deleted</source>
        <translation>Incluir &amp;eliminados</translation>
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
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload the customers (F5)</source>
        <translation>Volver a cargar los clientes (F5)</translation>
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
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch tenant</source>
        <translation>&amp;Cerrar sesión / cambiar de inquilino</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Copy relationship &amp;link</source>
        <translation>Copiar &amp;vínculo de la relación</translation>
    </message>
    <message>
        <source>The demo is not available in this build.</source>
        <translation>La demostración no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>No se pudo iniciar la demostración: %1</translation>
    </message>
    <message>
        <source>Your session ended or the server refused the token. Sign in again to continue where you were.</source>
        <translation>La sesión terminó o el servidor rechazó el token. Vuelva a iniciar sesión para continuar donde estaba.</translation>
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
        <translation>rol desconocido</translation>
    </message>
    <message>
        <source>token renews automatically</source>
        <translation>el token se renueva automáticamente</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <translation>la sesión caduca el %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Cargando %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 de %Ln cliente coinciden</numerusform>
            <numerusform>%1 de %Ln clientes coinciden</numerusform>
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
        <translation>Vínculo de la relación de %1 copiado.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Fit columns to the list</source>
        <translation>&amp;Ajustar las columnas a la lista</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <comment>company name of a deleted customer</comment>
        <translation>%1 (eliminado)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Reintentando en %n s …</numerusform>
            <numerusform>Reintentando en %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload failed</source>
        <translation>se muestra la lista de las %1 — la recarga falló</translation>
    </message>
    <message>
        <source>showing the list as of %1 — reload cancelled</source>
        <translation>se muestra la lista de las %1 — recarga cancelada</translation>
    </message>
    <message>
        <source>incomplete — loading failed</source>
        <translation>incompleta — la carga falló</translation>
    </message>
    <message>
        <source>incomplete — loading cancelled</source>
        <translation>incompleta — carga cancelada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer count · why the list is not current</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the filter</source>
        <translation>&amp;Borrar el filtro</translation>
    </message>
    <message>
        <source>No customers match “%1” on the server.</source>
        <translation>Ningún cliente coincide con “%1” en el servidor.</translation>
    </message>
    <message>
        <source>Cl&amp;ear the search</source>
        <translation>&amp;Borrar la búsqueda</translation>
    </message>
    <message>
        <source>The customers could not be loaded.</source>
        <translation>No se pudieron cargar los clientes.</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>No hay clientes que mostrar.</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
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
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>No direct customers in the list: every customer loaded has a reseller.</source>
        <translation>No hay clientes directos en la lista: todos los clientes cargados tienen un revendedor.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>No se pudo exportar la lista: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n cliente a %1.</numerusform>
            <numerusform>Se exportaron %n clientes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Microsoft Customer Agreements…</source>
        <translation>Contratos de Cliente de &amp;Microsoft…</translation>
    </message>
    <message>
        <source>Searc&amp;h in:</source>
        <translation>B&amp;uscar en:</translation>
    </message>
    <message>
        <source>Shows the loaded customers whose name, domain, identifier, reseller, place or email hold every word typed, in any order. Put a phrase in double quotes to find it as written.</source>
        <translation>Muestra los clientes cargados cuyo nombre, dominio, identificador, revendedor, ubicación o correo electrónico contienen todas las palabras escritas, en cualquier orden. Escriba una frase entre comillas dobles para buscarla tal cual.</translation>
    </message>
</context>
<context>
    <name>McaDialog</name>
    <message>
        <source>&amp;Keep primary contact information</source>
        <translation>&amp;Mantener la información del contacto principal</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement — %1</source>
        <translation>Contrato de Cliente de Microsoft — %1</translation>
    </message>
    <message>
        <source>&amp;Provider instance:</source>
        <translation>Instancia de &amp;proveedor:</translation>
    </message>
    <message>
        <source>Microsoft provider instance</source>
        <translation>Instancia de proveedor de Microsoft</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Fecha del contrato</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>This customer is in no Microsoft provider instance yet: add one first.</source>
        <translation>Este cliente todavía no está en ninguna instancia de proveedor de Microsoft: agregue una primero.</translation>
    </message>
    <message>
        <source>When on, the agreement uses the customer&apos;s primary contact shown below</source>
        <translation>Si está activada, el contrato usa el contacto principal del cliente que se muestra abajo</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Fec&amp;ha del contrato:</translation>
    </message>
</context>
<context>
    <name>McaForm</name>
    <message>
        <source>Microsoft Customer Agreement of %1 recorded, accepted on %2.</source>
        <translation>Contrato de Cliente de Microsoft de %1 registrado, aceptado el %2.</translation>
    </message>
</context>
<context>
    <name>McaListModel</name>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Expired links</source>
        <translation>Vínculos caducados</translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation>Listo para crear</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>No acceptance link has been generated for the customer yet.</source>
        <translation>Aún no se ha generado ningún vínculo de aceptación para el cliente.</translation>
    </message>
    <message>
        <source>The customer has an acceptance link and has not accepted yet.</source>
        <translation>El cliente tiene un vínculo de aceptación y aún no lo ha aceptado.</translation>
    </message>
    <message>
        <source>The customer&apos;s acceptance link expired before they accepted.</source>
        <translation>El vínculo de aceptación del cliente caducó antes de que lo aceptara.</translation>
    </message>
    <message>
        <source>The customer accepted: the agreement can be recorded.</source>
        <translation>El cliente lo aceptó: el contrato se puede registrar.</translation>
    </message>
    <message>
        <source>The agreement is in place.</source>
        <translation>El contrato está vigente.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Link expires %1</source>
        <translation>El vínculo caduca el %1</translation>
    </message>
    <message>
        <source>Link expired %1</source>
        <translation>El vínculo caducó el %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Aceptado el %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory email, phone</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instancia de proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>Estado actualizado para %Ln contrato.</numerusform>
            <numerusform>Estado actualizado para %Ln contratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>Estado actualizado para %1; falló para %Ln contrato: consulte la columna Actualización.</numerusform>
            <numerusform>Estado actualizado para %1; falló para %Ln contratos: consulte la columna Actualización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Customer Agreements</source>
        <translation>Contratos de Cliente de Microsoft</translation>
    </message>
    <message>
        <source>Since 5 January 2026 Microsoft accepts a Microsoft Customer Agreement only through its attestation API: the partner can sell to a customer only when its agreement is in place. Choose a group to see its customers.</source>
        <translation>Desde el 5 de enero de 2026, Microsoft solo acepta un Contrato de Cliente de Microsoft a través de su API de atestación: el partner solo puede vender a un cliente cuando su contrato está vigente. Elija un grupo para ver sus clientes.</translation>
    </message>
    <message>
        <source>Shows the customers of every group</source>
        <translation>Muestra los clientes de todos los grupos</translation>
    </message>
    <message>
        <source>Filter by company, instance or signatory</source>
        <translation>Filtrar por empresa, instancia o firmante</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Filtrar contratos</translation>
    </message>
    <message>
        <source>Refresh &amp;status</source>
        <translation>Actualizar &amp;estado</translation>
    </message>
    <message>
        <source>Asks Microsoft for the current status of the selected agreements</source>
        <translation>Pide a Microsoft el estado actual de los contratos seleccionados</translation>
    </message>
    <message>
        <source>Record &amp;agreement…</source>
        <translation>Registrar &amp;contrato…</translation>
    </message>
    <message>
        <source>Records that the customer accepted the Microsoft Customer Agreement</source>
        <translation>Registra que el cliente aceptó el Contrato de Cliente de Microsoft</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>Reads every agreement again (F5)</source>
        <translation>Vuelve a leer todos los contratos (F5)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Requerido</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Pendiente</translation>
    </message>
    <message>
        <source>E&amp;xpired links</source>
        <translation>&amp;Vínculos caducados</translation>
    </message>
    <message>
        <source>Ready to &amp;create</source>
        <translation>&amp;Listo para crear</translation>
    </message>
    <message>
        <source>C&amp;ompliant</source>
        <translation>C&amp;onforme</translation>
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
        <translation>Cargando %1 de %2</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Cargando contratos…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>Mostrados: %1 de %Ln contrato</numerusform>
            <numerusform>Mostrados: %1 de %Ln contratos</numerusform>
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
        <translation>Actualizar &amp;estado (%L1)</translation>
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
        <translation>no definido</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Tipo de oferta</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Example price</source>
        <translation>Precio de ejemplo</translation>
    </message>
    <message>
        <source>What this rule makes of a price of %1</source>
        <translation>Resultado de esta regla para un precio de %1</translation>
    </message>
    <message>
        <source>What each rule makes of a price of %1</source>
        <translation>Resultado de cada regla para un precio de %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
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
        <translation>Toda la ventana cambia al instante. Las fechas y los números también siguen el idioma.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificados de &amp;CA adicionales:</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting company proxy</source>
        <translation>Archivo PEM, para un proxy de empresa que inspecciona TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System proxy (leave empty), or http://proxy.example.com:3128</source>
        <translation>Proxy del sistema (déjelo vacío) o http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Network settings apply from the next sign-in.</source>
        <translation>La configuración de red se aplica a partir del próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Direct customers only</source>
        <translation>Solo clientes directos</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not read or saved in this session: %1 is not a regular file.</source>
        <translation>La configuración no se lee ni se guarda en esta sesión: %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>Settings are not read or saved in this session: %1 is larger than %L2 MB.</source>
        <translation>La configuración no se lee ni se guarda en esta sesión: %1 supera los %L2 MB.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to CloudCockpit</source>
        <translation>Iniciar sesión en CloudCockpit</translation>
    </message>
    <message>
        <source>Use an API Access of your tenant, or paste a bearer token. No account at hand? Try the demo: it runs a sandbox tenant on this computer.</source>
        <translation>Use un Acceso a la API de su inquilino o pegue un token de portador. ¿No tiene una cuenta a mano? Pruebe la demostración: ejecuta un inquilino de prueba en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Tenant domain:</source>
        <translation>Dominio del i&amp;nquilino:</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Dominio del inquilino</translation>
    </message>
    <message>
        <source>The domain you use to reach the CloudCockpit portal, e.g. portal.contoso.com</source>
        <translation>El dominio que usa para acceder al portal de CloudCockpit, p. ej. portal.contoso.com</translation>
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
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
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
        <translation>&amp;Recordar en este equipo (en el llavero del sistema)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de la API:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
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
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Probar la demostración</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant on this computer and signs in to it</source>
        <translation>Inicia un inquilino de prueba en este equipo e inicia sesión en él</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>A&amp;PI Access (client ID and secret)</source>
        <translation>Acceso a la API (ID de cliente &amp;y secreto)</translation>
    </message>
</context>
<context>
    <name>cc::ApiError</name>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>No se pudo conectar con el servidor. Compruebe la dirección y su conexión de red.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>No se pudo establecer la conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>El servidor rechazó las credenciales. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>El servidor no encontró lo que se pidió.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Algunos campos necesitan atención.</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>El servidor rechazó los datos.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>El servidor está ocupado. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>El servidor notificó un error (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a response this app does not understand.</source>
        <translation>El servidor envió una respuesta que esta aplicación no entiende.</translation>
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
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo de error: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Its answer could not be read.</source>
        <translation>No se pudo leer la respuesta.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came.</source>
        <translation>La conexión se cerró antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>The answer to this change was lost: it may or may not have been made.</source>
        <translation>Se perdió la respuesta a este cambio: puede que se haya hecho o no.</translation>
    </message>
    <message>
        <source>Outcome: unknown</source>
        <translation>Resultado: desconocido</translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message>
        <source>certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>certificado de %1, emitido por %2, válido del %3 al %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The address did not answer like a token endpoint.</source>
        <translation>La dirección no respondió como un punto de conexión de tokens.</translation>
    </message>
    <message>
        <source>The client secret was refused. Check it, or create a new one.</source>
        <translation>Se rechazó el secreto de cliente. Compruébelo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>This client ID is not known to the identity provider.</source>
        <translation>El proveedor de identidades no conoce este ID de cliente.</translation>
    </message>
    <message>
        <source>The identity provider refused the CloudCockpit API scope.</source>
        <translation>El proveedor de identidades rechazó el ámbito de la API de CloudCockpit.</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>El proveedor de identidades rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>El punto de conexión de tokens respondió HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo.</numerusform>
            <numerusform>Sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not repeated because the server may have carried it out. Check before you retry.</source>
        <translation>La conexión se cerró antes de que el servidor respondiera; la solicitud no se repitió porque el servidor puede haberla ejecutado. Compruébelo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The response was larger than %1 and was not read.</source>
        <translation>La respuesta era mayor que %1 y no se leyó.</translation>
    </message>
    <message>
        <source>Use a UUID such as 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</source>
        <translation>Use un UUID como 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <source>Enter the domain you use to reach the portal, for example portal.contoso.com.</source>
        <translation>Escriba el dominio que usa para acceder al portal, por ejemplo portal.contoso.com.</translation>
    </message>
    <message>
        <source>Enter a domain name only, without https:// or a path.</source>
        <translation>Escriba solo un nombre de dominio, sin https:// ni ruta.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>This is not a bearer token (a JWT has three parts separated by dots).</source>
        <translation>Esto no es un token de portador (un JWT tiene tres partes separadas por puntos).</translation>
    </message>
    <message>
        <source>This token expired on %1. Get a new one.</source>
        <translation>Este token caducó el %1. Obtenga uno nuevo.</translation>
    </message>
    <message>
        <source>The server refused this token.</source>
        <translation>El servidor rechazó este token.</translation>
    </message>
    <message>
        <source>The server refused the token issued for this client.</source>
        <translation>El servidor rechazó el token emitido para este cliente.</translation>
    </message>
    <message>
        <source>These credentials may not use this tenant.</source>
        <translation>Estas credenciales no pueden usar este inquilino.</translation>
    </message>
    <message>
        <source>No CloudCockpit API answers at this address.</source>
        <translation>Ninguna API de CloudCockpit responde en esta dirección.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>El número de página empieza en 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>El tamaño de página debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Elija una instancia de proveedor.</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>una dirección no válida</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer was larger than %1 and was not read.</source>
        <translation>La respuesta del punto de conexión de tokens era mayor que %1 y no se leyó.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; the client secret is never sent on to another address. Enter the token endpoint&apos;s own address.</source>
        <translation>El punto de conexión de tokens redirigió a %1; el secreto de cliente nunca se reenvía a otra dirección. Escriba la dirección del propio punto de conexión de tokens.</translation>
    </message>
    <message>
        <source>It redirected the change to %1; a change is never sent on to another address, so nothing was sent there.</source>
        <translation>Redirigió el cambio a %1; un cambio nunca se reenvía a otra dirección, así que no se envió nada allí.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>Redirigió la solicitud más de %n vez; la última redirección apuntaba a %1.</numerusform>
            <numerusform>Redirigió la solicitud más de %n veces; la última redirección apuntaba a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It redirected the request to %1, which is not the API&apos;s address; it was not followed, so that your credentials stay with the API.</source>
        <translation>Redirigió la solicitud a %1, que no es la dirección de la API; no se siguió la redirección, para que sus credenciales se queden solo en la API.</translation>
    </message>
    <message>
        <source>The token holds spaces, line breaks or other characters a bearer token cannot have.</source>
        <translation>El token contiene espacios, saltos de línea u otros caracteres que un token de portador no puede tener.</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Elija una instancia de proveedor de Microsoft.</translation>
    </message>
</context>
<context>
    <name>cc::Connection</name>
    <message>
        <source>Enter a full address, for example https://api.cloudcockpit.com.</source>
        <translation>Escriba una dirección completa, por ejemplo https://api.cloudcockpit.com.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only for this computer).</source>
        <translation>Solo se permiten direcciones https:// (http sin cifrar solo para este equipo).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Use una dirección https://.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>No hay ningún llavero disponible en este equipo (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero notificó un error: %1</translation>
    </message>
</context>
<context>
    <name>cc::NetworkAccess</name>
    <message>
        <source>The CA bundle %1 could not be read.</source>
        <translation>No se pudo leer el paquete de CA %1.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Use a proxy address such as http://proxy.example.com:3128.</source>
        <translation>Use una dirección de proxy como http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>cc::OrderedPages</name>
    <message>
        <source>The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.</source>
        <translation>El servidor indica %1 clientes o páginas, más de los %2 que lee un listado; no se leyó nada más allá del límite.</translation>
    </message>
</context>
<context>
    <name>cc::ProfileStore</name>
    <message>
        <source>Profiles are not read or saved: %1 is not a regular file.</source>
        <translation>Los perfiles no se leen ni se guardan: %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>Profiles could not be read from %1.</source>
        <translation>No se pudieron leer los perfiles de %1.</translation>
    </message>
    <message>
        <source>Profiles are not read or saved: %1 is larger than %L2 KB.</source>
        <translation>Los perfiles no se leen ni se guardan: %1 supera los %L2 KB.</translation>
    </message>
    <message>
        <source>Profiles could not be saved to %1.</source>
        <translation>No se pudieron guardar los perfiles en %1.</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is locked.</source>
        <translation>No se pudieron guardar los perfiles: %1 está bloqueado.</translation>
    </message>
</context>
<context>
    <name>cc::bulk</name>
    <message>
        <source>this row has %1 columns, the header %2.</source>
        <translation>esta fila tiene %1 columnas; el encabezado, %2.</translation>
    </message>
    <message>
        <source>empty: which customer is this row for?</source>
        <translation>vacío: ¿para qué cliente es esta fila?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer ID.</source>
        <translation>&apos;%1&apos; no es un ID de cliente.</translation>
    </message>
    <message>
        <source>no customer has the ID %1.</source>
        <translation>ningún cliente tiene el ID %1.</translation>
    </message>
    <message>
        <source>no customer has the domain &apos;%1&apos;.</source>
        <translation>ningún cliente tiene el dominio &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no customer has the internal identifier &apos;%1&apos;.</source>
        <translation>ningún cliente tiene el identificador interno &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 customers match &apos;%2&apos;; use the customer ID.</source>
        <translation>%1 clientes coinciden con &apos;%2&apos;; use el ID de cliente.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 está eliminado.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>%1 caracteres; como máximo %2.</translation>
    </message>
    <message>
        <source>holds a line break, a tab or another control character.</source>
        <translation>contiene un salto de línea, una tabulación u otro carácter de control.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reseller ID.</source>
        <translation>&apos;%1&apos; no es un ID de revendedor.</translation>
    </message>
    <message>
        <source>%1 is not a customer of this reseller.</source>
        <translation>%1 no es un cliente de este revendedor.</translation>
    </message>
    <message>
        <source>row %1 already names this customer (%2).</source>
        <translation>la fila %1 ya indica este cliente (%2).</translation>
    </message>
    <message>
        <source>row %1 gives this customer (%2) another value, &apos;%3&apos;.</source>
        <translation>la fila %1 da a este cliente (%2) otro valor, &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; to another customer (%3).</source>
        <translation>la fila %1 da &apos;%2&apos; a otro cliente (%3).</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;; give it another value in this file, or choose another.</source>
        <translation>%1 ya tiene &apos;%2&apos;; dele otro valor en este archivo o elija otro.</translation>
    </message>
    <message>
        <source>takes &apos;%1&apos; from row %2, which waits for this row in turn: the server refuses a value another customer still holds, so values cannot be swapped in one file. Move one of them to a temporary value first.</source>
        <translation>toma &apos;%1&apos; de la fila %2, que a su vez espera a esta fila: el servidor rechaza un valor que otro cliente aún tiene, así que no se pueden intercambiar valores en un mismo archivo. Pase primero uno de ellos a un valor temporal.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Changed (answer lost, checked)</source>
        <translation>Cambiado (respuesta perdida, comprobado)</translation>
    </message>
    <message>
        <source>Not changed (answer lost, checked)</source>
        <translation>No cambiado (respuesta perdida, comprobado)</translation>
    </message>
    <message>
        <source>Unknown (answer lost, check failed)</source>
        <translation>Desconocido (respuesta perdida, la comprobación falló)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>not a results file of &apos;ccadmin internal-id import&apos;: its header is not %1.</source>
        <translation>no es un archivo de resultados de &apos;ccadmin internal-id import&apos;: su encabezado no es %1.</translation>
    </message>
</context>
<context>
    <name>cc::bulk::ImportRunner</name>
    <message>
        <source>Not sent: row %1, which frees this value, was not applied.</source>
        <translation>No enviado: la fila %1, que libera este valor, no se aplicó.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>No enviado: la importación se detuvo.</translation>
    </message>
    <message>
        <source>The answer was lost and reading the customer back failed too (%1); look at the customer before you send this row again.</source>
        <translation>La respuesta se perdió y volver a leer el cliente también falló (%1); revise el cliente antes de volver a enviar esta fila.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the server has the new value.</source>
        <translation>La respuesta se perdió; al volver a leerlo, el servidor tiene el nuevo valor.</translation>
    </message>
    <message>
        <source>The answer was lost; read back, the change was not made. Sending this row again is safe.</source>
        <translation>La respuesta se perdió; al volver a leerlo, el cambio no se hizo. Es seguro volver a enviar esta fila.</translation>
    </message>
</context>
<context>
    <name>cc::csv</name>
    <message>
        <source>The file is larger than %1, the most that is read.</source>
        <translation>El archivo supera %1, el máximo que se lee.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>El texto no está en UTF-8; guarde el archivo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>Más de %1 columnas.</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>Más de %1 filas.</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Texto después de unas comillas de cierre; las comillas dentro de un campo entre comillas se escriben dos veces (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened in this row is never closed.</source>
        <translation>Unas comillas abiertas en esta fila no se cierran nunca.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the full name, not an initial.</source>
        <translation>Escriba el nombre completo, no una inicial.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Escriba una dirección de correo como nombre@ejemplo.es.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>Use solo dígitos, espacios, +, - y paréntesis.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 100.</source>
        <translation>Esta regla necesita un porcentaje inferior a 100.</translation>
    </message>
    <message>
        <source>This rule needs a percentage below 200.</source>
        <translation>Esta regla necesita un porcentaje inferior a 200.</translation>
    </message>
    <message>
        <source>The page number starts at 1.</source>
        <translation>El número de página empieza en 1.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>El tamaño de página debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Use letters, digits and hyphens, for example contoso or contoso.onmicrosoft.com.</source>
        <translation>Use letras, dígitos y guiones, por ejemplo contoso o contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Required when the agreement was accepted.</source>
        <translation>Obligatorio cuando se aceptó el contrato.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Use a culture name such as en-US.</source>
        <translation>Use un nombre de referencia cultural como es-ES.</translation>
    </message>
    <message>
        <source>Use a language code such as en.</source>
        <translation>Use un código de idioma como es.</translation>
    </message>
    <message>
        <source>The partner ID (MPN ID) has digits only.</source>
        <translation>El ID de partner (MPN ID) solo tiene dígitos.</translation>
    </message>
    <message>
        <source>Choose a provider instance.</source>
        <translation>Elija una instancia de proveedor.</translation>
    </message>
    <message>
        <source>This offer type already has a margin.</source>
        <translation>Este tipo de oferta ya tiene un margen.</translation>
    </message>
    <message>
        <source>The Microsoft customer data is missing or not valid JSON.</source>
        <translation>Faltan los datos del cliente de Microsoft o no son JSON válido.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>JSON no válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>Choose a Microsoft provider instance.</source>
        <translation>Elija una instancia de proveedor de Microsoft.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 999.</source>
        <translation>Escriba un porcentaje de 0 a 999.</translation>
    </message>
    <message>
        <source>Choose the provider instance of the customer&apos;s relationship.</source>
        <translation>Elija la instancia de proveedor de la relación del cliente.</translation>
    </message>
    <message>
        <source>Compliant agreements are excluded: choose another status, or include them.</source>
        <translation>Los contratos conformes están excluidos: elija otro estado o inclúyalos.</translation>
    </message>
    <message>
        <source>This provider instance does not sell this offer type.</source>
        <translation>Esta instancia de proveedor no vende este tipo de oferta.</translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message>
        <source>API address (CLOUDCOCKPIT_API_URL; default https://api.cloudcockpit.com).</source>
        <translation>Dirección de la API (CLOUDCOCKPIT_API_URL; predeterminada https://api.cloudcockpit.com).</translation>
    </message>
    <message>
        <source>Tenant portal domain, sent as X-Tenant (CLOUDCOCKPIT_TENANT).</source>
        <translation>Dominio del portal del inquilino, enviado como X-Tenant (CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>Bearer token (CLOUDCOCKPIT_TOKEN).</source>
        <translation>Token de portador (CLOUDCOCKPIT_TOKEN).</translation>
    </message>
    <message>
        <source>API Access client ID (CLOUDCOCKPIT_CLIENT_ID).</source>
        <translation>ID de cliente del Acceso a la API (CLOUDCOCKPIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>API Access client secret (CLOUDCOCKPIT_CLIENT_SECRET); visible to other users on the command line.</source>
        <translation>Secreto de cliente del Acceso a la API (CLOUDCOCKPIT_CLIENT_SECRET); visible para otros usuarios en la línea de comandos.</translation>
    </message>
    <message>
        <source>Read the client secret from FILE.</source>
        <translation>Leer el secreto de cliente de FILE.</translation>
    </message>
    <message>
        <source>OAuth token endpoint (CLOUDCOCKPIT_TOKEN_URL).</source>
        <translation>Punto de conexión de tokens OAuth (CLOUDCOCKPIT_TOKEN_URL).</translation>
    </message>
    <message>
        <source>X-Correlation-Id to send instead of a fresh one.</source>
        <translation>X-Correlation-Id que se envía en lugar de uno nuevo.</translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation>Tiempo de espera de transferencia en segundos (predeterminado 30).</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Formato de salida: text, json o csv.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texto de búsqueda.</translation>
    </message>
    <message>
        <source>Search field: name, domain, internal-id or provider-customer-id.</source>
        <translation>Campo de búsqueda: name, domain, internal-id o provider-customer-id.</translation>
    </message>
    <message>
        <source>Reseller ID.</source>
        <translation>ID del revendedor.</translation>
    </message>
    <message>
        <source>Leave deleted customers out.</source>
        <translation>Dejar fuera los clientes eliminados.</translation>
    </message>
    <message>
        <source>Sort by company name, Z to A.</source>
        <translation>Ordenar por nombre de la empresa, de la Z a la A.</translation>
    </message>
    <message>
        <source>Customers per page, 1 to 2000 (default 100; 2000 with --all).</source>
        <translation>Clientes por página, de 1 a 2000 (predeterminado 100; 2000 con --all).</translation>
    </message>
    <message>
        <source>Fetch every page.</source>
        <translation>Obtener todas las páginas.</translation>
    </message>
    <message>
        <source>Provider instance ID.</source>
        <translation>ID de la instancia de proveedor.</translation>
    </message>
    <message>
        <source>Agreement date.</source>
        <translation>Fecha del contrato.</translation>
    </message>
    <message>
        <source>Use the customer&apos;s primary contact for the agreement.</source>
        <translation>Usar el contacto principal del cliente para el contrato.</translation>
    </message>
    <message>
        <source>Contact first name.</source>
        <translation>Nombre del contacto.</translation>
    </message>
    <message>
        <source>Contact last name.</source>
        <translation>Apellidos del contacto.</translation>
    </message>
    <message>
        <source>Contact email.</source>
        <translation>Correo del contacto.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Teléfono del contacto.</translation>
    </message>
    <message>
        <source>Price margin in percent.</source>
        <translation>Margen de precio en porcentaje.</translation>
    </message>
    <message>
        <source>Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>Markup, Margin, SplitMargin o ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>Margin for one offer type (repeatable).</source>
        <translation>Margen para un tipo de oferta (repetible).</translation>
    </message>
    <message>
        <source>Provider customer data (JSON object).</source>
        <translation>Datos del cliente en el proveedor (objeto JSON).</translation>
    </message>
    <message>
        <source>Sandbox port (0: any free port).</source>
        <translation>Puerto del entorno de prueba (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Sandbox customer count, 0 to 100000.</source>
        <translation>Número de clientes del entorno de prueba, de 0 a 100000.</translation>
    </message>
    <message>
        <source>Sandbox data seed.</source>
        <translation>Semilla de los datos del entorno de prueba.</translation>
    </message>
    <message>
        <source>Sandbox fault to inject (repeatable; see README).</source>
        <translation>Fallo que se inyecta en el entorno de prueba (repetible; vea el README).</translation>
    </message>
    <message>
        <source>Command line for the CloudCockpit CSP API: customers, relationship links, internal identifiers, Microsoft Customer Agreements, provider instances.</source>
        <translation>Línea de comandos para la API CSP de CloudCockpit: clientes, vínculos de la relación, identificadores internos, Contratos de Cliente de Microsoft, instancias de proveedor.</translation>
    </message>
    <message>
        <source>Try &apos;ccadmin --help&apos;.</source>
        <translation>Pruebe &apos;ccadmin --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2</source>
        <translation>comando desconocido &apos;%1&apos;. Comandos: %2</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>la opción --%1 no se aplica a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--format must be text, json or csv.</source>
        <translation>--format debe ser text, json o csv.</translation>
    </message>
    <message>
        <source>required (--tenant or CLOUDCOCKPIT_TENANT).</source>
        <translation>obligatorio (--tenant o CLOUDCOCKPIT_TENANT).</translation>
    </message>
    <message>
        <source>use a number of seconds between 0 and 3600.</source>
        <translation>use un número de segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID.</source>
        <translation>&apos;%1&apos; no es un UUID.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_TOKEN.</source>
        <translation>advertencia: otros usuarios de este equipo pueden ver un token en la línea de comandos; es preferible CLOUDCOCKPIT_TOKEN.</translation>
    </message>
    <message>
        <source>warning: a client secret on the command line can be seen by other users of this computer; prefer CLOUDCOCKPIT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>advertencia: otros usuarios de este equipo pueden ver un secreto de cliente en la línea de comandos; es preferible CLOUDCOCKPIT_CLIENT_SECRET o --client-secret-file.</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>no se puede leer %1.</translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation>Secreto de cliente para %1: </translation>
    </message>
    <message>
        <source>required with --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file or a prompt).</source>
        <translation>obligatorio con --client-id (CLOUDCOCKPIT_CLIENT_SECRET, --client-secret-file o una pregunta).</translation>
    </message>
    <message>
        <source>usage: ccadmin customers show CUSTOMER_ID</source>
        <translation>uso: ccadmin customers show CUSTOMER_ID</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obligatorio.</translation>
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
        <translation>vacío; use &apos;internal-id clear&apos; para quitar el identificador.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</source>
        <translation>uso: ccadmin mca set CUSTOMER_ID --provider-instance UUID --date YYYY-MM-DD (--keep-primary | --first-name X --last-name Y --email Z --phone P)</translation>
    </message>
    <message>
        <source>use either --keep-primary or the contact options, not both.</source>
        <translation>use --keep-primary o las opciones de contacto, no ambos.</translation>
    </message>
    <message>
        <source>usage: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</source>
        <translation>uso: ccadmin provider-instance add CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--customer-data FILE.json] [--reseller UUID]</translation>
    </message>
    <message>
        <source>required: Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>obligatorio: Markup, Margin, SplitMargin o ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a margin rule: use Markup, Margin, SplitMargin or ErpMinusDiscount.</source>
        <translation>&apos;%1&apos; no es una regla de margen: use Markup, Margin, SplitMargin o ErpMinusDiscount.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2.</source>
        <translation>JSON no válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>use un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>the sandbox could not listen: %1</source>
        <translation>el entorno de prueba no pudo escuchar: %1</translation>
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
        <translation>Dominio</translation>
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
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>NIF</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Provider instance %1</source>
        <translation>Instancia de proveedor %1</translation>
    </message>
    <message>
        <source>  Customer ID</source>
        <translation>  ID del cliente</translation>
    </message>
    <message>
        <source>  Margin</source>
        <translation>  Margen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use a dot for decimals, e.g. 12.5).</source>
        <translation>&apos;%1&apos; no es un número (use un punto para los decimales, p. ej. 12.5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (e.g. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</source>
        <translation>&apos;%1&apos; no es un UUID (p. ej. 3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a search field: use name, domain, internal-id or provider-customer-id.</source>
        <translation>&apos;%1&apos; no es un campo de búsqueda: use name, domain, internal-id o provider-customer-id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TYPE=PERCENT[:RULE], e.g. License=12.5:Markup.</source>
        <translation>&apos;%1&apos; no tiene el formato TYPE=PERCENT[:RULE], p. ej. License=12.5:Markup.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an offer type: use one of %2.</source>
        <translation>&apos;%1&apos; no es un tipo de oferta: use uno de %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this option reads.</source>
        <translation>%1 es mayor que %2, el máximo que lee esta opción.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>advertencia: el servidor envió %n cliente más de una vez; se mostró una sola vez.</numerusform>
            <numerusform>advertencia: el servidor envió %n clientes más de una vez; cada uno se mostró una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>the relationship link is not an https address; it is not printed.</source>
        <translation>el vínculo de la relación no es una dirección https; no se muestra.</translation>
    </message>
    <message>
        <source>One of the commands below; &apos;ccadmin COMMAND --help&apos; shows its usage and options.</source>
        <translation>Uno de los comandos siguientes; &apos;ccadmin COMMAND --help&apos; muestra su uso y sus opciones.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no operands.</source>
        <translation>&apos;%1&apos; no admite operandos.</translation>
    </message>
    <message>
        <source>List customers: one page, or every page with --all.</source>
        <translation>Listar clientes: una página, o todas las páginas con --all.</translation>
    </message>
    <message>
        <source>Show a customer, with its margins in each provider instance.</source>
        <translation>Mostrar un cliente, con sus márgenes en cada instancia de proveedor.</translation>
    </message>
    <message>
        <source>List the provider instances.</source>
        <translation>Listar las instancias de proveedor.</translation>
    </message>
    <message>
        <source>Print the relationship acceptance link of a provider instance.</source>
        <translation>Mostrar el vínculo de aceptación de la relación de una instancia de proveedor.</translation>
    </message>
    <message>
        <source>Set a customer&apos;s internal identifier.</source>
        <translation>Establecer el identificador interno de un cliente.</translation>
    </message>
    <message>
        <source>Remove a customer&apos;s internal identifier.</source>
        <translation>Quitar el identificador interno de un cliente.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s Microsoft Customer Agreement.</source>
        <translation>Registrar el Contrato de Cliente de Microsoft de un cliente.</translation>
    </message>
    <message>
        <source>Add a customer to another provider instance, with a margin.</source>
        <translation>Agregar un cliente a otra instancia de proveedor, con un margen.</translation>
    </message>
    <message>
        <source>Serve a local sandbox of the API until interrupted; print its credentials.</source>
        <translation>Servir un entorno de prueba local de la API hasta que se interrumpa; mostrar sus credenciales.</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back to see whether the change was made…</source>
        <translation>ccadmin: volviendo a leer el cliente para ver si el cambio se hizo…</translation>
    </message>
    <message>
        <source>ccadmin: reading the customer back failed too (%1); look at the customer before you run the command again.</source>
        <translation>ccadmin: volver a leer el cliente también falló (%1); revise el cliente antes de volver a ejecutar el comando.</translation>
    </message>
    <message>
        <source>ccadmin: the server has the change; only its answer was lost.</source>
        <translation>ccadmin: el servidor tiene el cambio; solo se perdió su respuesta.</translation>
    </message>
    <message>
        <source>ccadmin: the change was not made; running the command again is safe.</source>
        <translation>ccadmin: el cambio no se hizo; es seguro volver a ejecutar el comando.</translation>
    </message>
    <message>
        <source>required (--tenant, CLOUDCOCKPIT_TENANT or a profile: see &apos;ccadmin login&apos;).</source>
        <translation>obligatorio (--tenant, CLOUDCOCKPIT_TENANT o un perfil: consulte &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>required: --token (CLOUDCOCKPIT_TOKEN), --client-id with a secret, or a profile (see &apos;ccadmin login&apos;).</source>
        <translation>obligatorio: --token (CLOUDCOCKPIT_TOKEN), --client-id con un secreto, o un perfil (consulte &apos;ccadmin login&apos;).</translation>
    </message>
    <message>
        <source>Profile saved by &apos;ccadmin login&apos; or the window (CLOUDCOCKPIT_PROFILE; default: the default profile when no tenant is given). Options and environment variables override its settings.</source>
        <translation>Perfil guardado por &apos;ccadmin login&apos; o por la ventana (CLOUDCOCKPIT_PROFILE; predeterminado: el perfil predeterminado cuando no se indica ningún inquilino). Las opciones y variables de entorno prevalecen sobre su configuración.</translation>
    </message>
    <message>
        <source>Read a bearer token from stdin instead of client credentials.</source>
        <translation>Leer un token de portador de stdin en lugar de credenciales de cliente.</translation>
    </message>
    <message>
        <source>usage: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</source>
        <translation>uso: ccadmin login [--profile NAME] [--tenant DOMAIN] [--api-url URL] [--token-url URL] [--client-id ID [--client-secret-file FILE] | --token-stdin]</translation>
    </message>
    <message>
        <source>Sign in once and save a profile: the secret in the system keychain, the rest in a settings file.</source>
        <translation>Iniciar sesión una vez y guardar un perfil: el secreto en el llavero del sistema, el resto en un archivo de configuración.</translation>
    </message>
    <message>
        <source>usage: ccadmin logout [--profile NAME]</source>
        <translation>uso: ccadmin logout [--profile NAME]</translation>
    </message>
    <message>
        <source>Remove a profile and its secret (--profile, else the default one).</source>
        <translation>Quitar un perfil y su secreto (--profile; si no, el predeterminado).</translation>
    </message>
    <message>
        <source>List the profiles: the default one, role and expiry of the last token.</source>
        <translation>Listar los perfiles: el predeterminado, el rol y la caducidad del último token.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (caducado)</translation>
    </message>
    <message>
        <source>Without a keychain, give the credentials in the environment (CLOUDCOCKPIT_TENANT with CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET, or CLOUDCOCKPIT_TOKEN) or use --client-secret-file.</source>
        <translation>Sin llavero, indique las credenciales en el entorno (CLOUDCOCKPIT_TENANT con CLOUDCOCKPIT_CLIENT_ID y CLOUDCOCKPIT_CLIENT_SECRET, o CLOUDCOCKPIT_TOKEN) o use --client-secret-file.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; makes it).</source>
        <translation>no existe el perfil &apos;%1&apos; (consulte &apos;ccadmin profiles&apos;; &apos;ccadmin login --profile %1&apos; lo crea).</translation>
    </message>
    <message>
        <source>the keychain holds none for profile &apos;%1&apos;; run &apos;ccadmin login --profile %1&apos;.</source>
        <translation>el llavero no tiene ninguno para el perfil &apos;%1&apos;; ejecute &apos;ccadmin login --profile %1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile name: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; no es un nombre de perfil: letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>No hay ningún terminal en el que preguntar.</translation>
    </message>
    <message>
        <source>Tenant domain (e.g. portal.contoso.com): </source>
        <translation>Dominio del inquilino (p. ej., portal.contoso.com): </translation>
    </message>
    <message>
        <source>more than %1 on stdin; a token is much shorter.</source>
        <translation>más de %1 en stdin; un token es mucho más corto.</translation>
    </message>
    <message>
        <source>nothing on stdin.</source>
        <translation>nada en stdin.</translation>
    </message>
    <message>
        <source>warning: a token on the command line can be seen by other users of this computer; prefer --token-stdin.</source>
        <translation>advertencia: otros usuarios de este equipo pueden ver un token en la línea de comandos; es preferible --token-stdin.</translation>
    </message>
    <message>
        <source>API Access client ID (leave empty to paste a bearer token instead): </source>
        <translation>ID de cliente de API Access (déjelo vacío para pegar en su lugar un token de portador): </translation>
    </message>
    <message>
        <source>Bearer token: </source>
        <translation>Token de portador: </translation>
    </message>
    <message>
        <source>required (--client-id, CLOUDCOCKPIT_CLIENT_ID, or a token with --token-stdin).</source>
        <translation>obligatorio (--client-id, CLOUDCOCKPIT_CLIENT_ID, o un token con --token-stdin).</translation>
    </message>
    <message>
        <source>required (--client-secret-file or CLOUDCOCKPIT_CLIENT_SECRET).</source>
        <translation>obligatorio (--client-secret-file o CLOUDCOCKPIT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>these settings cannot be kept as a profile.</source>
        <translation>esta configuración no se puede guardar como perfil.</translation>
    </message>
    <message>
        <source>the secret could not be kept in the system keychain: %1</source>
        <translation>no se pudo guardar el secreto en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Profile &apos;%3&apos; saved; its secret is in the system keychain.</source>
        <translation>Sesión iniciada en %1 como %2. Perfil &apos;%3&apos; guardado; su secreto está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>rol desconocido</translation>
    </message>
    <message>
        <source>It is the default profile.</source>
        <translation>Es el perfil predeterminado.</translation>
    </message>
    <message>
        <source>no profile named (--profile or CLOUDCOCKPIT_PROFILE) and no default profile.</source>
        <translation>no se indicó ningún perfil (--profile o CLOUDCOCKPIT_PROFILE) y no hay perfil predeterminado.</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; (see &apos;ccadmin profiles&apos;).</source>
        <translation>no existe el perfil &apos;%1&apos; (consulte &apos;ccadmin profiles&apos;).</translation>
    </message>
    <message>
        <source>Signed out: profile &apos;%1&apos; and its secret are removed.</source>
        <translation>Sesión cerrada: se quitaron el perfil &apos;%1&apos; y su secreto.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is kept; run &apos;ccadmin logout&apos; again when the keychain is available.</source>
        <translation>El perfil &apos;%1&apos; se conserva; vuelva a ejecutar &apos;ccadmin logout&apos; cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <source>No profiles yet: &apos;ccadmin login&apos; makes one, and so does signing in with the window.</source>
        <translation>Aún no hay perfiles: &apos;ccadmin login&apos; crea uno, y también iniciar sesión en la ventana.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>INQUILINO</translation>
    </message>
    <message>
        <source>SIGNS IN WITH</source>
        <translation>INICIA SESIÓN CON</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>TOKEN EXPIRES</source>
        <translation>EL TOKEN CADUCA</translation>
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
        <translation>Estado de atestación: required, linkgenerated, linkexpired, customeraccepted o agreementcreated.</translation>
    </message>
    <message>
        <source>Leave out agreements already created (compliant).</source>
        <translation>Dejar fuera los contratos ya creados (conformes).</translation>
    </message>
    <message>
        <source>Check and print the changes; send nothing.</source>
        <translation>Comprobar y mostrar los cambios; no enviar nada.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 6).</source>
        <translation>Solicitudes simultáneas en curso, de 1 a 64 (predeterminado: 6).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to FILE as CSV (default: standard output).</source>
        <translation>Escribir el resultado de cada fila en FILE como CSV (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <source>Skip the rows an earlier results FILE shows as done.</source>
        <translation>Omitir las filas que un FILE de resultados anterior muestra como hechas.</translation>
    </message>
    <message>
        <source>usage: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</source>
        <translation>uso: ccadmin internal-id import FILE.csv [--dry-run] [--concurrency N] [--results FILE] [--resume FILE]</translation>
    </message>
    <message>
        <source>Set many internal identifiers from a CSV file, checked first.</source>
        <translation>Establecer muchos identificadores internos desde un archivo CSV, comprobado antes.</translation>
    </message>
    <message>
        <source>List the resellers (csp only).</source>
        <translation>Listar los revendedores (solo csp).</translation>
    </message>
    <message>
        <source>usage: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</source>
        <translation>uso: ccadmin margins set CUSTOMER_ID --provider-instance UUID --margin PERCENT --margin-rule RULE [--offer-type-margin TYPE=PERCENT[:RULE]]... [--reseller UUID]</translation>
    </message>
    <message>
        <source>Replace a customer&apos;s margins in a provider instance; offer types left out lose their own.</source>
        <translation>Reemplazar los márgenes de un cliente en una instancia de proveedor; los tipos de oferta omitidos pierden los suyos.</translation>
    </message>
    <message>
        <source>List Microsoft Customer Agreement statuses: one page, or every page with --all.</source>
        <translation>Listar los estados del Contrato de Cliente de Microsoft: una página, o todas las páginas con --all.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca show CUSTOMER_ID --provider-instance UUID</source>
        <translation>uso: ccadmin mca show CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Show a customer&apos;s Microsoft Customer Agreement status in a Microsoft provider instance.</source>
        <translation>Mostrar el estado del Contrato de Cliente de Microsoft de un cliente en una instancia de proveedor de Microsoft.</translation>
    </message>
    <message>
        <source>usage: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</source>
        <translation>uso: ccadmin mca refresh CUSTOMER_ID --provider-instance UUID</translation>
    </message>
    <message>
        <source>Ask Microsoft for a customer&apos;s agreement status, then show it.</source>
        <translation>Pedir a Microsoft el estado del contrato de un cliente y mostrarlo.</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>current internal identifier</source>
        <translation>identificador interno actual</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>use a whole number from 1 to 64.</source>
        <translation>use un número entero de 1 a 64.</translation>
    </message>
    <message>
        <source>cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer (customer ID, internal identifier or domain) and one with the new value (new internal identifier); a reseller column is optional.</source>
        <translation>no se distinguen las columnas de %1: tiene %2. Necesita una columna que indique el cliente (ID de cliente, identificador interno o dominio) y otra con el nuevo valor (nuevo identificador interno); una columna de revendedor es opcional.</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>no se puede escribir %1.</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>ccadmin: %n problema en %1; no se envió nada.</numerusform>
            <numerusform>ccadmin: %n problemas en %1; no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).</source>
        <translation>ccadmin: %1 filas comprobadas con %2 clientes en %3 ms (clave: %4).</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>sin cambios (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrado</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n borrado</numerusform>
            <numerusform>%n borrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent (--dry-run).</source>
        <translation>no se envió nada (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>ccadmin: %n fila hecha en la ejecución anterior no se vuelve a enviar.</numerusform>
            <numerusform>ccadmin: %n filas hechas en la ejecución anterior no se vuelven a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 in flight</source>
        <translation>%1 de %2 enviados, %3 en curso</translation>
    </message>
    <message numerus="yes">
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>ccadmin: deteniendo: no se envían filas nuevas; esperando a %n fila en curso.</numerusform>
            <numerusform>ccadmin: deteniendo: no se envían filas nuevas; esperando a %n filas en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <source>warning: reseller names could not be read (%1); their IDs are shown.</source>
        <translation>advertencia: no se pudieron leer los nombres de los revendedores (%1); se muestran sus ID.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>advertencia: el servidor envió %n revendedor más de una vez; se mostró una sola vez.</numerusform>
            <numerusform>advertencia: el servidor envió %n revendedores más de una vez; cada uno se mostró una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use one of %2.</source>
        <translation>&apos;%1&apos; no es un estado: use uno de %2.</translation>
    </message>
    <message numerus="yes">
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>advertencia: el servidor envió %n contrato más de una vez; se mostró una sola vez.</numerusform>
            <numerusform>advertencia: el servidor envió %n contratos más de una vez; cada uno se mostró una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>ccadmin: reading the agreement back; it shows the status the server has now.</source>
        <translation>ccadmin: volviendo a leer el contrato; muestra el estado que tiene ahora el servidor.</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>aceptado el %1</translation>
    </message>
    <message>
        <source>link expires %1</source>
        <translation>el vínculo caduca el %1</translation>
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
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Provider instance</source>
        <translation>Instancia de proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation>%1 de %2 contratos</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Inquilino de Microsoft</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudCockpit Admin: manage CSP customers.</source>
        <translation>CloudCockpit Admin: administre clientes CSP.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox and sign in to it.</source>
        <translation>Iniciar el entorno de prueba integrado e iniciar sesión en él.</translation>
    </message>
    <message>
        <source>Number of customers in the demo tenant (0 to 100000).</source>
        <translation>Número de clientes del inquilino de demostración (0 a 100000).</translation>
    </message>
    <message>
        <source>Quit once the first customers are shown (benchmarks).</source>
        <translation>Salir en cuanto se muestren los primeros clientes (pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE].</source>
        <translation>Inyectar un fallo en el entorno de prueba de la demostración (repetible): ROUTE:KIND[:ARG][@RATE].</translation>
    </message>
    <message>
        <source>The unsaved %1 for %2 could not be reopened and is kept for later: %3 (correlation ID %4)</source>
        <translation>El formulario de %1 sin guardar para %2 no se pudo volver a abrir y se conserva para más tarde: %3 (ID de correlación %4)</translation>
    </message>
</context>
</TS>
