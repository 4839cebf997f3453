<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomerDetails</name>
    <message numerus="yes">
        <location filename="../ui/customerdetails.cpp" line="318"/>
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
        <location filename="../ui/forms/draftsdialog.cpp" line="165"/>
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
        <location filename="../ui/forms/editdialog.cpp" line="213"/>
        <source>&amp;Save (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Save (%n problem)</numerusform>
            <numerusform>&amp;Save (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="118"/>
        <source>Change the internal identifier of %n customer(s)?</source>
        <translation>
            <numerusform>Change the internal identifier of %n customer?</numerusform>
            <numerusform>Change the internal identifier of %n customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="215"/>
        <source>%n problem(s): nothing can be sent until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing can be sent until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing can be sent until the file is corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="531"/>
        <source>%1 of %Ln customer(s) match</source>
        <translation>
            <numerusform>%1 of %Ln customer match</numerusform>
            <numerusform>%1 of %Ln customers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n customer to %1.</numerusform>
            <numerusform>Exported %n customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Retrying in %n s …</source>
        <translation>
            <numerusform>Retrying in %n s …</numerusform>
            <numerusform>Retrying in %n s …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McaView</name>
    <message numerus="yes">
        <location filename="../ui/mcaview.cpp" line="136"/>
        <source>Status refreshed for %Ln agreement(s).</source>
        <translation>
            <numerusform>Status refreshed for %Ln agreement.</numerusform>
            <numerusform>Status refreshed for %Ln agreements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcaview.cpp" line="137"/>
        <source>Status refreshed for %1, failed for %Ln agreement(s): see the Refresh column.</source>
        <translation>
            <numerusform>Status refreshed for %1, failed for %Ln agreement: see the Refresh column.</numerusform>
            <numerusform>Status refreshed for %1, failed for %Ln agreements: see the Refresh column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcaview.cpp" line="218"/>
        <source>%1: %Ln agreement(s)</source>
        <translation>
            <numerusform>%1: %Ln agreement</numerusform>
            <numerusform>%1: %Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcaview.cpp" line="223"/>
        <source>All: %Ln agreement(s)</source>
        <translation>
            <numerusform>All: %Ln agreement</numerusform>
            <numerusform>All: %Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcaview.cpp" line="245"/>
        <source>%1 of %Ln agreement(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln agreement shown</numerusform>
            <numerusform>%1 of %Ln agreements shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcaview.cpp" line="247"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::CloudCockpitClient</name>
    <message numerus="yes">
        <location filename="../app/core/api/replyerrors.cpp" line="64"/>
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/replyerrors.cpp" line="180"/>
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
        <location filename="../app/core/domain/validation.cpp" line="77"/>
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
        <location filename="../app/cli/cliapp.cpp" line="562"/>
        <source>warning: the server sent %n customer(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>warning: the server sent %n customer more than once; it was printed once.</numerusform>
            <numerusform>warning: the server sent %n customers more than once; each was printed once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="169"/>
        <source>ccadmin: %n problem(s) in %1; nothing was sent.</source>
        <translation>
            <numerusform>ccadmin: %n problem in %1; nothing was sent.</numerusform>
            <numerusform>ccadmin: %n problems in %1; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="192"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="192"/>
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cleared</numerusform>
            <numerusform>%n cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="193"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="218"/>
        <source>ccadmin: %n row(s) done in the earlier run are not sent again.</source>
        <translation>
            <numerusform>ccadmin: %n row done in the earlier run is not sent again.</numerusform>
            <numerusform>ccadmin: %n rows done in the earlier run are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="263"/>
        <source>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</source>
        <translation>
            <numerusform>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</numerusform>
            <numerusform>ccadmin: stopping: no new rows are sent; waiting for the %n in flight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_staffer.cpp" line="91"/>
        <source>warning: the server sent %n reseller(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>warning: the server sent %n reseller more than once; each was printed once.</numerusform>
            <numerusform>warning: the server sent %n resellers more than once; each was printed once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_staffer.cpp" line="181"/>
        <source>warning: the server sent %n agreement(s) more than once; each was printed once.</source>
        <translation>
            <numerusform>warning: the server sent %n agreement more than once; each was printed once.</numerusform>
            <numerusform>warning: the server sent %n agreements more than once; each was printed once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/stafferoutput.cpp" line="89"/>
        <source>%n reseller(s)</source>
        <translation>
            <numerusform>%n reseller</numerusform>
            <numerusform>%n resellers</numerusform>
        </translation>
    </message>
</context>
</TS>
