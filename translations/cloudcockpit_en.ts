<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomerDetails</name>
    <message numerus="yes">
        <source>Provider instances (%n)</source>
        <translation>
            <numerusform>Provider instances (%n)</numerusform>
            <numerusform>Provider instances (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>%n form(s) you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</source>
        <translation>
            <numerusform>%n form you did not save can be reopened. Restore it, discard it if you no longer need it, or decide later: it is kept until you save or discard it.</numerusform>
            <numerusform>%n forms you did not save can be reopened. Restore one, discard the ones you no longer need, or decide later: they are kept until you save or discard them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message numerus="yes">
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Save (%n problem)</numerusform>
            <numerusform>&amp;Save (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 of %Ln customer match</numerusform>
            <numerusform>%1 of %Ln customers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Retrying in %n s …</numerusform>
            <numerusform>Retrying in %n s …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request more than %n time(s); the last pointed to %1.</source>
        <translation>
            <numerusform>It redirected the request more than %n time; the last pointed to %1.</numerusform>
            <numerusform>It redirected the request more than %n times; the last pointed to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccadmin</name>
    <message numerus="yes">
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>warning: the server sent %n customer more than once; it was printed once.</numerusform>
            <numerusform>warning: the server sent %n customers more than once; each was printed once.</numerusform>
        </translation>
    </message>
</context>
</TS>
