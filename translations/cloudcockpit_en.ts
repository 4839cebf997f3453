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
    <name>main</name>
    <message numerus="yes">
        <source>You have %n unsaved form(s) for %1. Open the same form for that customer to continue where you left off.</source>
        <translation>
            <numerusform>You have %n unsaved form for %1. Open the same form for that customer to continue where you left off.</numerusform>
            <numerusform>You have %n unsaved forms for %1. Open the same form for that customer to continue where you left off.</numerusform>
        </translation>
    </message>
</context>
</TS>
