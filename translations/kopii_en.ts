<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessGuard</name>
    <message>
        <source>reception (posters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk (inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow this. Ask a manager of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is protected: log in with your qualified electronic signature (KEP) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is protected: log in as a clerk or a manager, with your qualified electronic signature (KEP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is protected: log in as a manager, with your qualified electronic signature (KEP).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accession</name>
    <message>
        <source>The organisation is not filled in yet: fill in the Organisation page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be confirmed, so the application was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of the organisation may sign the accession application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: signed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the document, but the signer&apos;s certificate is not trusted now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessionApplication</name>
    <message>
        <source>Accession application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the administrator of the Diia.QR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for accession to the Diia.QR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual entrepreneur (FOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP (taxpayer number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Person signing the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Branches that receive the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branches yet; they will be added in the program Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Services and the documents requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Undertakings of the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Undertakings of the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant joins the Diia.QR service on its terms of use and undertakes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to request through Diia.QR only the documents a service really needs, and to use the copies received only for that service;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to process the personal data in the copies under the Law of Ukraine &quot;On Personal Data Protection&quot;, with access only for authorised employees;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to keep the copies no longer than the service requires and then delete them;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to place the QR codes only at its own premises named above and to remove them when a service or a branch stops;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to protect the mailboxes that receive the copies and to report a change of its data or of the mailboxes without delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified electronic signature (KEP) in the separate file of the same name with the extension .p7s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with the program Kopii %1. The signature is CAdES-BES; any program that checks qualified electronic signatures can confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name and code are missing: fill in the Organisation page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application needs the signer&apos;s name and RNOKPP and the date; the certificate carries no name or RNOKPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for accession to the Diia.QR service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessionCommand</name>
    <message>
        <source>accession sign needs --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of the organisation may sign the accession application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accession application is signed by %1 and kept in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it with: kopii-cli accession export DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accession application has not been signed yet: kopii-cli accession sign KEY-OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, serial %2, issued by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;accession %1&quot;; use sign, show or export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTimestamps</name>
    <message>
        <source>Its hash index cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its hash index uses a hash function Kopii does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its hash index names %1 kept elsewhere in the file, not where the index says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It archived %1 that is no longer in the signature: the file was changed after archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive timestamp (v3) carries no hash index (ATSHashIndex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive timestamp does not match the signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive timestamps cannot be checked: the signature is not in DER, the only encoding they can be checked over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive timestamp matches the signature, but its authority cannot be relied on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive timestamp is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Arrival</name>
    <message>
        <source>Submission %1 did not reach the hot folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each sealed to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown subcommand &quot;audit %1&quot;; use list or verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: give either --json or --csv, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: --limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was altered: entry %1 is not what was written. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was altered: entry %1 was added outside Kopii. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was altered: entries before %1 were removed. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was altered: its newest entries, from %1 on, were removed. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>The Base45 text has a wrong length (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Base45 text has a character outside its alphabet at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Base45 text is not valid at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchCommand</name>
    <message>
        <source>No branches yet. Add one with &quot;kopii-cli branch add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch edit: nothing to change; give at least one field option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove it anyway, add --detach-services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;branch %1&quot;; use list, show, add, edit or remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cades</name>
    <message>
        <source>The key or its certificate is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature needs its signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot make this signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a CMS/CAdES signature (.p7s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a CMS structure, but not a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has %1 signers; Kopii expects exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not carry its signer&apos;s certificate, so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses %1, which Kopii cannot check yet; it is not treated as valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after it was signed, or the signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not bind its certificate (no matching signingCertificateV2 attribute): it is not a CAdES signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAdES signatures with this key&apos;s algorithm (%1) cannot be made by this version of Kopii yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing time could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>unknown subcommand &quot;cert %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified (KEP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>This is not an X.509 certificate in DER form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was found: expected a DER or PEM certificate, or a PKCS#7 (.p7b) bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenCopies</name>
    <message>
        <source>The request names no documents to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample copy of &quot;%1&quot; could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--workspace needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes uk, en or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;kopii-cli --help&quot; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the number or the name of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-fd takes the number of an open file descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --pkcs12 or --pkcs11, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PIN file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PIN from descriptor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of the token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be read from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was given: use --pin-file FILE or --pin-fd N (PINs are never taken from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tokens are connected (%1): choose one with --token LABEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 has no signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 has no certificate with the ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has several signing certificates: choose one with --cert ID: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the mailbox &quot;%1&quot;: give --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the password file %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--branch and --service are both needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--branch is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention: deleted %n submission(s) kept longer than the workspace&apos;s policy allows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>technical cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on the office server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox &quot;%1&quot; has no sign-in on this computer: kopii-cli mailbox sign-in %2 --token-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol at intake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols kept at intake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols sealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyExport</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder for the copies in %1. Check that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was saved; check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoseSign1</name>
    <message>
        <source>The signed code is not a valid COSE_Sign1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra bytes after the structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 instead of 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array of four items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no algorithm in the protected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key id is not a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate in x5chain is not a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x5chain has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ES256 signature has 64 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s algorithm does not match the certificate&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protected header is not a CBOR map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoDiagnostics</name>
    <message>
        <source>Signatures and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation lists (CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted list signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(withdrawn on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none installed (OpenSC&apos;s opensc-pkcs11 was not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one PIN try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token in slot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>unknown subcommand &quot;demo %1&quot;; use create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo workspace is ready in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s demo key file: %1 (password: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample submission(s) wait in %1; Kopii takes them in when the manager logs in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open it with: kopii --workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPki</name>
    <message>
        <source>The demo certificates could not be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: the demo is made in a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folders in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none since Kopii started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiiaLink</name>
    <message>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is too long to be a Diia link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Diia link names nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diia links use https://, not http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Diia.QR link: expected https://diia.app/acquirers/… or diia://…, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropFolder</name>
    <message>
        <source>Cannot create the folder %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the drop folder is a link to another file. Kopii does not follow links there, so nothing was read; put the file itself into the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the drop folder is not an ordinary file (a device, a pipe or a folder), so nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the drop folder is larger than %2 MB, more than any e-mail or document copy, so it was not read. Check where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is a link, not a folder, so nothing is moved there. Remove the link; Kopii makes the folder itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dstu4145Key</name>
    <message>
        <source>The point is not on the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field polynomial must have three or five terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field polynomial&apos;s exponents are not in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve parameters do not define a curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base point or the order is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DSTU 4145 public key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s algorithm %1 is not DSTU 4145 (polynomial basis, little-endian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s S-box (DKE) is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve&apos;s base point is not on the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s numbers are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has a wrong length (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not signed with DSTU 4145 (little-endian) but %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DSTU 4145 private key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no private key to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key names the curve %1, which is not one of the standard DSTU 4145 curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names one signature algorithm inside its signed part and another outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DSTU 4145 computation failed inside OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeCommand</name>
    <message>
        <source>employee add needs --rnokpp CODE and --name FULL-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes reception, clerk or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;employee %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalCopies</name>
    <message>
        <source>Cannot make a private folder for the copy in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Kopii receives copies of citizens&apos; documents sent through Diia.QR and checks their signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace in FOLDER (default: $KOPII_WORKSPACE, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: uk, en or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open or create a workspace in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With FILE: also trust the CA certificates and CRLs in this file or folder, for this run (e.g. CACertificates.p7b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With FILE: do not ask certificate issuers over the network whether a certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature (.p7s), a signed PDF or an e-mail (.eml) to check and show, without a workspace or a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added to the trusted certificates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (made on first use in %1): sample data and a demo key, to try everything without a token or a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo workspace. The demo manager&apos;s key file is chosen; its password is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --trust: also trust the root certificate with this SHA-256 fingerprint in it, for this run (other roots are asked about).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <source>Cannot write the package to %1: %2. Nothing of it was left there; choose another folder or free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot folder %1 does not exist: ask the manager to set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be renamed to its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the hand-off settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder Kopii can write to: give the full path of an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the hand-off settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such branch or service (number %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package goes to the hot folder when its submission is marked processed, or when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the submissions to hand on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note the hand-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOffCommand</name>
    <message>
        <source>unknown subcommand &quot;handoff %1&quot;; use package or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff folder takes --branch B or --service S, and the folder (none: no hand-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packages are handed on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each submission&apos;s package goes to %1 when it is marked processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff package needs the number of a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each submission&apos;s package goes to %1 when it arrives, once its signatures are checked (by the watcher, or a desk with the inbox open).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>  org show|set                     the organisation
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli org show [--json]
  kopii-cli org set [--name NAME] [--edrpou CODE | --rnokpp CODE] [--head FULL-NAME]

The organisation that owns the workspace. --edrpou makes it a legal entity (8 digits),
--rnokpp a sole proprietor (FOP, 10 digits). The first &quot;org set&quot; needs all three.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  branch list|show|add|edit|remove the branches that receive copies
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli branch list [--json] [--search TEXT]
  kopii-cli branch show ID|NAME [--json]
  kopii-cli branch add --name NAME --email ADDRESS --region REGION --district DISTRICT
                       --location SETTLEMENT --street STREET --house HOUSE
                       [--custom-full-name NAME] [--custom-full-address ADDRESS] [--note TEXT]
  kopii-cli branch edit ID|NAME [any option of add]
  kopii-cli branch remove ID|NAME [--detach-services]

Limits (Diia partner model): name 1-32 characters, e-mail 6-100, region 4-100,
district 4-100, settlement 2-100, street 4-100, house 1-20, custom full name 1-100,
custom full address 1-200. A branch that services use is only removed with
--detach-services, which takes it off those services.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  service list|show|add|edit|remove the services and the documents they request
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli service list [--json]
  kopii-cli service show ID|NAME [--json]
  kopii-cli service add --name NAME --document CODE [--document CODE ...]
                        [--branch ID|NAME ...] [--return-link https://...]
  kopii-cli service edit ID|NAME [--name NAME] [--document CODE ...] [--branch ID|NAME ...]
                        [--no-branches] [--return-link URL]
  kopii-cli service remove ID|NAME

--document and --branch may be repeated; on edit they replace the whole list.
Document codes: see &quot;kopii-cli document-kinds&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  document-kinds [--json]          the document kinds a service can request
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  audit [list] [--limit N] [--json|--csv]  the log of changes and of who saw which document
  audit verify                     check that nobody altered the audit log
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  login KEY-OPTIONS                check a KEP login: identity and role
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  employee list|add|remove         who may log in, and their roles (manager)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cert show FILE [--json]          what a certificate says, qualified, trusted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  token list [--pkcs11 MODULE]     tokens and their certificates
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trust list|import [--add-anchor SHA256] FILE...   the certificate authorities Kopii trusts
  trust tl-signer list|add CERT    who may sign the trusted list (manager)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sign KEY-OPTIONS [--attached] IN OUT.p7s   a CAdES-BES signature
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  accession sign|show|export       the signed application for accession to Diia.QR
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli accession sign KEY-OPTIONS
  kopii-cli accession show [--json]
  kopii-cli accession export DIR

The application for accession to Diia.QR (&quot;Заява про приєднання&quot;): &quot;sign&quot; renders it as a
PDF from the workspace&apos;s organisation, branches and services, signs it with the manager&apos;s
key (CAdES-BES, detached) and keeps both in the workspace; &quot;show&quot; checks the kept
signature; &quot;export&quot; writes the PDF and its .p7s into DIR.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ingest FILE.eml|DIR...           store received e-mails (and PDF/P7S files) as submissions
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  watch [--once] [--mailbox N]... [--password-file F] [--drop-folder DIR]
                                   take in new copies from the mailboxes and the drop folder
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  demo create [DIR]                a demo workspace to try everything, without a token
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli demo create [DIR]

Makes a demo workspace in DIR (a new or empty folder; default: %1): a demo
certification authority made on this computer and the manager&apos;s key file, an organisation
with two branches and three services, and sample submissions in its drop folder for every
verdict. Everything in it is marked DEMO; only this workspace trusts its certificates.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kopii-cli [--workspace DIR] [--lang uk|en] COMMAND ...

Kopii receives citizens&apos; document copies sent through Diia.QR. This program manages
the workspace from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  help COMMAND                     the options of a command
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --workspace DIR   the workspace folder (default: $KOPII_WORKSPACE, else %1)
  --lang uk|en      the language of messages (default: the system&apos;s)
  -h, --help        this help
  -v, --version     the version

KEY-OPTIONS (also before the command, to log in for a change of a protected workspace):
  --pkcs12 FILE                    a key file (.p12, .pfx, .jks, Key-6.dat)
  --pkcs11 MODULE [--token LABEL] [--cert ID]   a token through its PKCS#11 module
  --pin-file FILE | --pin-fd N     where the PIN or password is read from (first line);
                                   without them it is asked for on the terminal

Exit codes: 0 done; 1 refused (invalid input, not found, conflict, workspace unusable),
the reason on standard error; 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  verify [--trust F]... [--at TIME] [--json] FILE...   check signed documents (.p7s, .p7m, .sig, .pdf, .eml)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  qr import|list|remove|verify|decode   the Diia code of each service at a branch
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli qr import --branch B --service S FILE|LINK
  kopii-cli qr list [--json]
  kopii-cli qr remove --branch B --service S
  kopii-cli qr verify FILE|TEXT [--json]
  kopii-cli qr decode FILE

&quot;import&quot; keeps the code you downloaded from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;)
for a service at a branch: a PNG or JPEG image, a PDF, an SVG, or the link itself.
Only Diia links (https://diia.app/acquirers/... or diia://...) are accepted: visitors scan
with the Diia app, which opens nothing else.
&quot;list&quot; names each service at each branch with its code; with --json, also the branch&apos;s
address and e-mail and the documents asked for: the organisation&apos;s codes for other programs.
&quot;verify&quot; checks a signed request that an earlier Kopii printed (&quot;KQR1:...&quot;) offline:
exit 0 valid, 1 not valid, 2 unreadable. Kopii no longer issues them: the Diia app cannot
open them; replace such posters with the portal&apos;s code.
&quot;decode&quot; prints the text of every QR code found in an image or PDF.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  poster --branch B (--service S | --all) --out FILE   print-ready posters
  poster check PHOTO...            is the poster on the wall this office&apos;s current one?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli poster --branch B --service S --out FILE.pdf|png|svg [options]
  kopii-cli poster --branch B --all --out FILE.pdf [options]
  kopii-cli poster check PHOTO... [--json]

Options:
  --size A4|A5|A3    paper size (default A4)
  --landscape        landscape instead of portrait
  --large-print      bigger type for visitors with poor sight
  --ecc L|M|Q|H      error correction of the code (default M; Q or H for posters that get worn)
  --dpi N            resolution of a PNG (default 300)

&quot;check&quot; reads the QR codes in photos of posters on the wall (a phone&apos;s JPEG will do) and
says of each whether it is this office&apos;s current code, for which service at which branch;
one replaced since (print the current poster); or one the office never had (someone may
have covered the poster: take it down). Exit 0 when every photo shows current codes only.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  server init|update|import|add-desk|add-watcher|remove-desk|desks   an office server several desks share
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli server init postgresql://ADMIN@HOST/DB?sslrootcert=CA --desk NAME --rnokpp CODE
                        --name FULL-NAME [--password-file FILE]
  kopii-cli server update postgresql://ADMIN@HOST/DB?sslrootcert=CA
  kopii-cli --workspace postgresql://ADMIN@HOST/DB?... server add-desk NAME --rnokpp CODE
                        --name FULL-NAME [--role reception|clerk|manager] [--branch ID|NAME ...]
                        [--password-file FILE]
  kopii-cli --workspace ... server add-watcher NAME [--password-file FILE]
  kopii-cli --workspace ... server remove-desk NAME
  kopii-cli --workspace ... server desks [--json]
  kopii-cli --workspace ... server import WORKSPACE-DIR

An office server is a PostgreSQL database that several desks and the watcher service share
(docs/office-server.md). &quot;init&quot; creates Kopii&apos;s tables, the roles, the rights the server
enforces and the first manager&apos;s desk; run it as the database&apos;s owner. &quot;update&quot;, also as
the owner, after installing a newer Kopii, brings the rights and the server&apos;s functions to
what this version sets up; desks and people stay as they are. Each person then
connects as their own desk: a clerk sees the submissions of the branches given with --branch.
A desk&apos;s password is typed twice, or read from the first line of --password-file; the
server keeps only a SCRAM verifier of it. Connections go over TLS with the server&apos;s
certificate checked against the CA file (sslrootcert), or through a Unix socket.
&quot;import&quot; moves a single desk&apos;s workspace onto a new, empty server database (before
&quot;init&quot;), and proves every table&apos;s rows and content hash equal before it reports done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  mailbox add|preset|sign-in|list|test|remove  the e-mail boxes Kopii watches
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli mailbox add --name N [--branch B] --host H [--port P] [--security tls|starttls|none]
                        --user U [--password-file F] [--folder F]
                        [--after-ingest keep|flag:KEYWORD|move:FOLDER] [--ca-file F | --pin-sha256 HEX]
  kopii-cli mailbox add ... --auth oauth2 --provider google|microsoft|FILE.json|https://ISSUER
                        --client-id ID
                        [--tenant T] [--client-secret S] --token-file F [--browser]
  kopii-cli mailbox add --email ADDRESS [options above]
  kopii-cli mailbox preset ADDRESS [--json]
  kopii-cli mailbox sign-in N [--token-file F] [--browser]
  kopii-cli mailbox list [--json]
  kopii-cli mailbox test N [--password-file F]
  kopii-cli mailbox remove N

Without --branch the mailbox is shared: its messages go to the branch whose e-mail they were
sent to. The password is read from the file (first line) and never stored by Kopii.
With --auth oauth2 the mailbox signs in with Google, Microsoft 365 or the organisation&apos;s own
OAuth 2.0 provider: Kopii shows a code to enter on any device with a browser (or, with
--browser, an address to open on this computer) and keeps the permission in the token file,
readable by you only. &quot;sign-in&quot; asks again when the provider withdrew it.
&quot;preset&quot; and --email propose the server and the sign-in from the address (ukr.net, Gmail,
Outlook, Microsoft 365 and Google Workspace domains, .gov.ua…) and say what the provider asks.
&quot;test&quot; connects, logs in and opens the folder; for a server whose certificate is not
trusted it shows the certificate&apos;s SHA-256 fingerprint to pin with --pin-sha256.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli verify [--trust FILE|DIR]... [--offline] [--at TIME] [--json] FILE...
  kopii-cli verify [options] SIGNATURE --content FILE
  kopii-cli verify [options] FILE... --report-pdf PROTOCOL.pdf [--report-xml REPORT.xml]

Checks the signatures of documents, each file known by its content, not its name: a
signature (.p7s, .p7m, .p7, .pkcs7, .sig, .cms; DER, BER, PEM or base64), a .pdf (finds its
signature beside it, else checks the signatures it carries), or an .eml (every document in
it). A detached signature finds the file it signs by name (X for X.p7s, else X.pdf), or takes
it from --content. The workspace&apos;s trusted certificates and CRLs are used, plus those given
with --trust (for this run only).
--at checks as of another time (ISO 8601). --json prints one object per document per line.
--report-pdf writes the verification protocol (Ukrainian, A4, PDF/A) of every document
checked; --report-xml the same check as an ETSI TS 119 102-2 validation report.
Verdicts: valid, valid-with-warnings, not-qualified, invalid, indeterminate.
Exit codes: 0 every document valid; 1 otherwise; 2 usage error or unreadable input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  register list|find|export|prefix  the register of incoming documents (clerk, manager)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli register list [--from DATE] [--to DATE] [--json]
  kopii-cli register find NUMBER [--json]
  kopii-cli register export [--from DATE] [--to DATE] [--csv FILE] [--pdf FILE]
  kopii-cli register prefix (--branch B | --service S) [PREFIX]

Every stored submission gets a registration number, per year, beginning with its service&apos;s
prefix, else its branch&apos;s (e.g. Ц-2026/000123). Numbers are never reused: an entry whose
submission was deleted stays, saying when and how. Dates are local (2026-12-31), both
included. --csv writes a table for Excel (UTF-8, &quot;;&quot;), --pdf the printable register (A4
landscape). &quot;prefix&quot; (manager) sets what new numbers of a branch or service begin with; none
removes it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  handoff package|folder           packages for the office&apos;s document system (clerk, manager)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  inbox list [--json]              the received submissions (clerk, manager)
  inbox protocol ID DIR            a submission&apos;s verification protocol (PDF and ETSI XML)
  inbox hold ID REASON | release ID  a legal hold: no deletion until lifted (manager)
  inbox retention [--service S]    how long copies are kept (a manager changes it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli handoff package ID DIR [--zip] [--hot]
  kopii-cli handoff folder (--branch B | --service S) [DIR] [--on-arrival]

A package holds a submission&apos;s files as they came, what each signature covers, the
verification protocol (PDF and ETSI XML) and the register card (card.json, card.xml:
docs/formats/register-card.md); as a folder, or one .zip. --hot writes it as into a hot
folder: under a hidden name first, renamed when complete, then NAME.done beside it.
&quot;folder&quot; (manager) sets a branch&apos;s or service&apos;s hot folder: each submission&apos;s package goes
there when it is marked processed, or with --on-arrival when it arrives (its signatures
checked, by the watcher or a desk). Without DIR: none.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  protocol intake|seal|export      the protocol kept at intake, and its seal (manager)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli protocol intake [on|off] [--seal-cert FILE]
  kopii-cli protocol seal (--pkcs12 FILE | --pkcs11 MODULE [--token T] [--cert ID]) [--pin-file F]
  kopii-cli protocol export ID DIR

&quot;intake on&quot; (manager): each submission that arrives from now on gets its verification
protocol (PDF and ETSI XML) as soon as its signatures are checked, kept with it as evidence
of what was checked and when. --seal-cert chooses the key that seals them (the
organisation&apos;s seal or the manager&apos;s KEP: its certificate, .cer or .pem). &quot;seal&quot; seals
every kept protocol not sealed yet (CAdES, detached, over the PDF) with that key; the
watcher started with the same key options seals each at intake. Intake never waits for the
key. &quot;export&quot; writes a submission&apos;s kept protocol and its seal (protocol-ID-intake.pdf,
.xml, .pdf.p7s).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxCommand</name>
    <message>
        <source>the number of days must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies are deleted %1 day(s) after they are marked processed, and %2 day(s) after they arrived in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete %1 submission(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 submission(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox %1 needs the number of a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verdict takes one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state takes new, in-work or processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submissions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT READ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox protocol needs the number of a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document takes the number of a document (kopii-cli inbox show %1 lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission is marked processed, but its package did not reach the hot folder: %1 Hand it on with kopii-cli handoff package %2 FOLDER --hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace takes no days: the service then keeps copies as the workspace does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps copies as the workspace does: %2 day(s) after they are marked processed, and %3 day(s) after they arrived in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps copies %2 day(s) after they are marked processed, and %3 day(s) after they arrived in any case, whatever the workspace&apos;s retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 is on legal hold: nobody and no retention deletes it until a manager lifts the hold (kopii-cli inbox release %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold of submission %1 is lifted: retention and deletion apply to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;inbox %1&quot;; use list, show, export, protocol, mark, delete, hold, release, purge or retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxRules</name>
    <message>
        <source>A submission is new, in-work or processed; &quot;%1&quot; is none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep copies 0 to 3650 days after processing, and 1 to 3650 days at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum age (%1 days) cannot be shorter than the time kept after processing (%2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention needs 0 or more days after processing and at least one day of age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the office server, old copies are deleted by the watcher service, by the manager&apos;s retention policy: a desk does not delete them itself. To delete one submission now, use &quot;Delete&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the submission is kept (for example, the court case or the request it is kept for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: say it in 500 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept as a failed submission: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored: %1; already stored: %2; failed (kept with the reason): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package or a protocol at intake could not be done; it is tried again by the next watcher pass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>The message has no PDF or P7S attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PDF or P7S file among these files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeProtocol</name>
    <message>
        <source>This is not a certificate Kopii can read (%1): choose the certificate of the seal or of the KEP that seals the protocols (a .cer or .crt file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the submissions without a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is chosen to seal the protocols: the manager chooses its certificate first (kopii-cli protocol intake on --seal-cert FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the key the manager chose to seal the protocols: nothing was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the protocols to seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 has no protocol kept at intake: it arrived before the manager turned it on, or its signatures are not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Java key store (JKS). This version of Kopii opens PKCS#12 files (.p12, .pfx) and tokens; ask your provider for a PKCS#12 copy of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected with Ukrainian national algorithms (DSTU/GOST), which this version of Kopii cannot open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses Ukrainian national algorithms (DSTU/GOST), which this version of Kopii cannot open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a key but not its certificate; add the certificate to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the certificate does not belong to the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds DSTU keys but no certificate for signing with them. Put the certificate file (.cer) your provider gave you next to the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key file Kopii can open. It opens PKCS#12 files (.p12, .pfx), the .jks files of Ukrainian providers and IIT key files (Key-6.dat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for more rounds of password hashing than Kopii accepts; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The certificate of %1 expired on %2. Log in with a valid certificate; your provider issues a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not a signing certificate (it is for encryption or key agreement). Choose the signing certificate on the token or in the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not a qualified one (KEP). Only a qualified electronic signature may set up Diia.QR; a non-qualified certificate works in a demo workspace only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not name its holder&apos;s RNOKPP, so Kopii cannot tell who is logging in. Use a personal KEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key did not prove that it belongs to the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace belongs to %1 (code %2); the certificate of %3 is not of its head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names the EDRPOU %1 but not the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an employee of %2. A manager can add them by their RNOKPP on the Employees page (or with kopii-cli employee add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL of the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked on %2 (%3). Log in with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer of %1&apos;s certificate does not know it (%2): it cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace of %1 was set up for its head, %2; %3 cannot claim it. The head logs in first and then adds the employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii could not check whether the certificate of %1 was revoked (%2), and the first login makes its holder the manager. Connect to the internet, or import the current CRL of your provider (kopii-cli trust import, or &quot;Import CA certificates…&quot; in the login dialog), then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection to the office server is not the desk of %1. Connect to the server with your own name on it, then log in with your own KEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watcher service&apos;s login cannot be used at a desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>login needs --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1, RNOKPP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation was created from the certificate; you are its manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDiagnostics</name>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate checked against CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPresets</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it looks like name@example.ua, with one @ and the provider&apos;s domain after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address: enter it as name@example.ua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ukr.net lets mail programs in only after you allow it: open mail.ukr.net, go to Settings, the part about mail programs (IMAP), switch access on and create the password for mail programs there. Enter that password here, not the one you use on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail: sign in with the Google account (your organisation&apos;s client id is needed, see the manual), or choose Password and use an app password: Google account, Security, 2-Step Verification, App passwords. Google does not accept the account&apos;s own password from mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives its mail at Google Workspace: sign in with the Google account. Your Workspace administrator must allow IMAP and register Kopii as the organisation&apos;s application (see the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 accepts no passwords from mail programs: sign in with the Microsoft account. Your organisation&apos;s administrator registers Kopii as an application and switches IMAP on for the mailbox (see the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i.ua offers no access for mail programs (IMAP), so Kopii cannot read this mailbox. Create a mailbox at another provider (ukr.net, Gmail, your organisation&apos;s own), set i.ua to forward all mail to it, and add that mailbox here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta.ua: if the sign-in is refused, check in the mailbox&apos;s settings on the website that access for mail programs (IMAP) is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state body&apos;s mail server often has a certificate from the body&apos;s own certification authority. If the connection test says the certificate is not trusted, ask your administrator for the authority&apos;s certificate (a .pem file) or for the server certificate&apos;s SHA-256 fingerprint, and pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii does not know %1 and guessed the server&apos;s name. If the connection test fails, look up the IMAP server in your provider&apos;s help pages or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxCommand</name>
    <message>
        <source>mailbox add takes --ca-file or --pin-sha256, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security takes tls, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 added. Check it with: kopii-cli mailbox test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have checked with your provider that this is your server&apos;s certificate, pin it: kopii-cli mailbox add … --pin-sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, logged in and opened &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and allow Kopii to read the mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let Kopii read the mailbox, open %1 on a phone or a computer, sign in to %2 and enter the code %3 (valid until %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no lasting permission (no refresh token): Kopii would have to ask again within the hour. Check that the application may ask for offline access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1; the permission is kept in %2 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth takes password or oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox add --auth oauth2 needs --provider and --token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the client id of the application your organisation registered: --client-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox &quot;%1&quot; signs in with a password, not with a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox sign-in needs --token-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox add needs --name, --host and --user (or --email ADDRESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1, port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google account (OAuth 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 account (OAuth 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;mailbox %1&quot;; use add, preset, sign-in, list, test or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be told to withdraw Kopii&apos;s permission (%2); withdraw it in the account&apos;s security settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxRules</name>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: must have 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: enter the IMAP server&apos;s name, e.g. imap.ukr.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: must be 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: enter the login of the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: unencrypted IMAP would send the password and the citizens&apos; documents in the clear; it is allowed only to this computer. Use TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After ingest: use keep, flag:KEYWORD (letters, digits and $_.+:- only, at most 64) or move:FOLDER (no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: enter the folder&apos;s name, e.g. INBOX (no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint: 64 hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in with %1: enter the client id of the application your organisation registered with %1 (see the manual&apos;s chapter on mailboxes with Google and Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxSql</name>
    <message>
        <source>read the mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mailbox number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the mailbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the mailbox state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Trust a new root certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the root certificate &quot;%1&quot;. Whoever holds its key could make any signature look valid, so Kopii trusts a root only when you confirm it.

SHA-256 fingerprint:
%2

Compare it with the fingerprint the provider publishes (on its website or in its letter). Trust this root only when they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeParser</name>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be read as e-mail (MIME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than %1 parts or more than %2 documents, more than Kopii reads in one message. A citizen&apos;s Diia copy is never like this; if the sender is genuine, ask them to send the documents in several messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalKeyFile</name>
    <message>
        <source>The key file is damaged: its structure cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file protects its keys with a scheme this version of Kopii does not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. A Java key store has a password of its own and one for the key: Kopii needs the key&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>The provider has no id (&quot;id&quot;: a short name such as &quot;keycloak&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s &quot;%1&quot; must be an https:// address (http:// only to this computer itself, for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider names no scopes (&quot;scopes&quot;: what Kopii asks to be allowed, such as the right to read mail over IMAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;imap_mechanism&quot; is &quot;xoauth2&quot; or &quot;oauthbearer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth 2.0 provider&apos;s description is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the provider file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider file %1 is too big to be a provider&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider file %1 is not a JSON object (see docs/mail-oauth.md for its form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s discovery document names another issuer than %1; it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OAuth 2.0 provider &quot;%1&quot;: give %2, or a provider file (.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeServer</name>
    <message>
        <source>&quot;%1&quot; cannot be a desk&apos;s name on the office server: use 1 to 48 lower-case Latin letters, digits and &apos;_&apos;, starting with a letter and not with &quot;kopii_&quot; or &quot;pg_&quot; (for example olena_koval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace folder on this computer is not an office server: give the server&apos;s address (postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the office server needs the database&apos;s owner with the right to create roles (CREATEROLE): connect as the administrator who created the database %1 (docs/office-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is too short: give at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server already has a login named %1. Choose another name for the desk, or remove the old one first (kopii-cli server remove-desk %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk works on the submissions of her branches: name at least one branch for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server has no desk named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not an office server yet: set it up with &quot;kopii-cli server init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialPdf</name>
    <message>
        <source>Printing documents needs the graphical part of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <source>The workspace has no organisation yet. Create it with &quot;kopii-cli org set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity, EDRPOU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole proprietor (FOP), RNOKPP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org set: give either --edrpou (legal entity) or --rnokpp (sole proprietor), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org set: nothing to change; give --name, --edrpou or --rnokpp, or --head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no organisation yet: give --name, --edrpou or --rnokpp, and --head together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;org %1&quot;; use show or set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationRules</name>
    <message>
        <source>There is no branch named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another branch is already called &quot;%2&quot;; choose a different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already receives the copies of branch &quot;%3&quot;; each branch needs its own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Branch &quot;%1&quot; is used by %n service(s): %2. Take it off those services first, or remove it from them together with the branch.</source>
        <translation>
            <numerusform>Branch &quot;%1&quot; is used by %n service: %2. Take it off that service first, or remove it from it together with the branch.</numerusform>
            <numerusform>Branch &quot;%1&quot; is used by %n services: %2. Take it off those services first, or remove it from them together with the branch.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no branch with number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another service is already called &quot;%2&quot;; choose a different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed document is incomplete: it needs the document, its signature and the signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is not offered at the branch &quot;%2&quot;: add the branch to the service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii keeps only the Diia portal&apos;s codes: the Diia app cannot open any other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationSql</name>
    <message>
        <source>read the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the service&apos;s branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the service&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the signed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QR code for this service at this branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>the PDF cannot be opened (it is damaged or protected by a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 pages, more than the %2 Kopii shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is larger than 256 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper could not lock itself down on this computer, so it did not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper kopii-render is missing; install Kopii again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private folder for the rendering helper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rendering took longer than %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the rendering helper stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper gave a wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to show the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper cannot be fenced in on this computer, so it is not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering helper did not say its version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSignatures</name>
    <message>
        <source>The signature does not cover the start of the file (its byte range starts at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s byte range points outside the file: it is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the file the signature leaves out holds more than the signature value: something unsigned may be hidden there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the file the signature leaves out is not its /Contents value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s byte range and its value are in different objects of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is not itself covered by the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field is empty: the file was prepared for a signature but never signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document timestamp in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp (%1 of %2 in the PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 of %2 in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF carries no signature of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF signature is of a kind (%1) that this version of Kopii cannot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SubFilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers the whole file as received (all but its own value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was added to after this signature (%1 of %2 bytes signed); a later signature or timestamp covers the additions, this one does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was added to after it was signed (%1 of %2 bytes signed), and no signature covers the additions: Kopii shows the version that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed part of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-signature on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value in the PDF cannot be read: it is not a CMS signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs11Module</name>
    <message>
        <source>Token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries. Unlock it with the PUK code, or ask the provider that issued the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong PIN was entered before; few tries remain before the token locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token asks for its PIN to be changed; change it with the provider&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PKCS#11 module is configured. Install OpenSC or your token vendor&apos;s software and choose its module (a .so or .dll file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libp11 could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 could not be loaded (%2). Is it a PKCS#11 library for this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readers of %1 could not be listed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates on %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of the token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of this token has %1 to %2 characters; the one entered has %3. Nothing was sent to the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen certificate is not on the token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not accept a PIN of this length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has expired; change it with the provider&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN entry on the reader was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 has no private key for the chosen certificate (the key and the certificate must share one ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 signs only with GOST 34.311, but this key&apos;s certificate asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 refused to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 returned a DSTU signature that does not match its certificate: nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the chosen certificate (%1) cannot be used by this version of Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 holds a DSTU 4145 certificate but offers no DSTU 4145 signing that Kopii knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 could not be opened for signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalImport</name>
    <message>
        <source>No QR code was found in %1. Use a sharper image or the PDF from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code in %1 is not a Diia.QR link: &quot;%2&quot;. Download the code from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 different Diia codes; import the file of one service: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <source>Scan the code with the camera in the Diia app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name, the address and the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with Diia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will send copies of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for use on these premises only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterCheck</name>
    <message>
        <source>Take the photo again, or choose a JPEG or PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code could be read in this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again closer, straight on and without glare, so that the code fills a good part of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s codes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (Help → Diagnostics), then check the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current: &quot;%1&quot; at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed request of an earlier Kopii for &quot;%1&quot; at &quot;%2&quot;, which the Diia app cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s code for &quot;%1&quot; at &quot;%2&quot;, kept on %3 and replaced since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current poster of this service at this branch and put it up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no code at this branch now: take the poster down, or import the code from the Diia portal and print the new poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Diia code that is not this office&apos;s: visitors who scan it send their documents elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code that is not this office&apos;s and not a Diia code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may have covered the poster: take it down, print the current poster, and tell the manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterCommand</name>
    <message>
        <source>poster needs --out FILE.pdf, .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poster needs either --service S or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes A4, A5 or A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service at &quot;%1&quot; has a QR code yet: import them first (kopii-cli qr import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) saved to %1</source>
        <translation>
            <numerusform>%n poster saved to %1</numerusform>
            <numerusform>%n posters saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a QR code, so not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT OURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterExport</name>
    <message>
        <source>There is no poster to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or SVG file holds one poster; save several posters as one PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be 72 to 1200 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii saves posters as .pdf, .png or .svg; &quot;%1&quot; has another extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterLayout</name>
    <message>
        <source>error correction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code would print with modules of %1 mm, smaller than the %2 mm that scan reliably. Choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bigger paper or a shorter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts of this poster do not fit on %1. Choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no Diia code at this branch yet, so there is no poster for visitors. Import the code from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;): a file with the code or its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a Diia link, and the Diia app would not open it: there is no poster for visitors with it. Import the service&apos;s code from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterSource</name>
    <message>
        <source>The organisation is not filled in yet: fill in the Organisation page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is not offered at the branch &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The office server %1 is not running on this computer (it has no socket in %2). Start the PostgreSQL service, or ask whoever looks after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 does not answer. Check that this computer is connected to the office network, that the address is right and that the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 stopped answering while Kopii connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, so Kopii does not send it a password or any document. Ask whoever looks after the server to turn TLS on (docs/office-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii cannot check the office server&apos;s certificate: the CA file %1 is missing or holds no certificate. Get the office&apos;s CA certificate from whoever set the server up and give it in the address (?sslrootcert=FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 showed a certificate that Kopii cannot trust (%2), so Kopii did not connect: someone may be standing between this computer and the server. Check the server&apos;s name in the address and the CA file, or ask whoever looks after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 asks for %2&apos;s password. Give it when Kopii asks, or ask whoever set the server up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 did not let %2 in: the password is wrong, or %2 may not use the database %3. Type the password again; if it still fails, ask your manager to check that you are added to the office (kopii-cli server add-desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 did not let %2 in with the password from the password file %3: the password there is wrong or missing, or %2 may not use the database %4. Correct the file, or ask your manager to check that you are added to the office (kopii-cli server add-desk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolCommand</name>
    <message>
        <source>protocol intake takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol is kept at intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each submission that arrives from %1 on gets its protocol when its signatures are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocols are kept unsealed: choose the key that seals them with --seal-cert FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1; not sealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1; sealed by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;protocol %1&quot;; use intake, seal or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol export needs the number of a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol seal needs the sealing key: --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed %1 protocol(s) with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are sealed by %1&apos;s key (its certificate&apos;s SHA-256: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolSource</name>
    <message>
        <source>Submission %1 holds no document to check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message carried none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 has no document %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>No QR code was found in %1. Use a sharper image or the PDF from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of &quot;%1&quot; at &quot;%2&quot; is kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: NOT valid — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: unreadable — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a signed request of an earlier Kopii, which the Diia app cannot open: import the portal&apos;s code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;qr %1&quot;; use import, list, remove, verify or decode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large for a QR code image (over 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SVG file that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image, PDF or SVG that Kopii can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF that cannot be read safely: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrMatrix</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code text contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code with error correction %1 (%2 bytes). Choose a lower error correction or a shorter text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawMessage</name>
    <message>
        <source>The stored message&apos;s notes on its documents are damaged, so the message as received cannot be rebuilt. Its documents are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as received cannot be rebuilt exactly from what is stored (it does not match the fingerprint taken when it arrived). Its documents are shown as stored; the original e-mail may still be in the mailbox on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>Cannot write %1: %2. Nothing was saved; choose another folder or free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1, by retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1, by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry %1 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTER OF INCOMING DOCUMENTS RECEIVED BY E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by Kopii %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <source>--%1 takes a date like 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;register %1&quot;; use list, find, export or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register export writes --csv FILE, --pdf FILE or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register prefix takes --branch B or --service S, and the prefix (none: no prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbers have no prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbers begin with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no entries for this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterSql</name>
    <message>
        <source>read the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot begin a registration number: use 1 to 10 letters or digits (a hyphen between them), for example Ц or ЦНАП-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such branch or service (number %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the submissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an OCSP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder refused to answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not belong to Kopii&apos;s question (nonce), it may be replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s signature cannot be verified, or its signer is not authorised by the certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is about another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate names no OCSP responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question for the responder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii is working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate names no CRL to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRL at %1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRL at %1 is out of date (its next update was due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address uses https, which Kopii does not use for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is signed with DSTU 4145, but the certificate&apos;s issuer has no DSTU key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s signer is not among its certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s signer is not authorised by the certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s signer is not an OCSP responder (extended key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder&apos;s certificate is not valid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s signer has no DSTU key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s signature does not match its signer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too old to be relied on (made more than an hour ago, with no nonce or no next update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder&apos;s own certificate was revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder&apos;s own certificate could not be checked for revocation (it is not marked &quot;no check&quot;, and no CRL of its issuer is at hand: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not understand the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error inside the responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy, try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers signed questions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not answer for this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA&apos;s key was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holder&apos;s affiliation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holder ceased operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holder&apos;s privilege was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute authority was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature carries no OCSP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCSP answer the signature carries is about another certificate, or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCSP answer the signature carries cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCSP answer the signature carries was made before the signature&apos;s proven time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed by the certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a delta CRL, which alone does not list every revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers only part of the revocations (issuing distribution point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature carries no CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRL the signature carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRL the signature carries was issued before the signature&apos;s proven time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRL at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The office server&apos;s address %1 cannot be used: %2 Write it as postgresql://PERSON@SERVER/DATABASE?sslrootcert=CA-FILE, or as postgresql://PERSON@/DATABASE?host=SOCKET-FOLDER on the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a password. Kopii asks for the password and keeps it in the system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it asks for sslmode=%1, but Kopii connects over the network only with TLS and a checked server certificate (verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii does not know the option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say who connects (PERSON@).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not name the database after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection through a socket on this computer does not use TLS, so it takes no CA file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1: use --password-file FILE (passwords are never taken from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;server&quot; works on an office server: give its address with --workspace postgresql://... (or KOPII_WORKSPACE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init needs --desk NAME, --rnokpp CODE and --name FULL-NAME of the first manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init takes the office server&apos;s address (postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 is set up; %2 is its first manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server add-desk needs --rnokpp CODE and --name FULL-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes reception, clerk or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;server %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kopii workspace folder (it has no kopii.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 onto the office server %2: every table has the same rows and the same content hash on both sides. The folder is left as it was; keep it as a copy until the office works on the server, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server update takes the office server&apos;s address (postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 has the rights and functions of this version of Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>No services yet. Add one with &quot;kopii-cli service add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered at any branch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1: --branch and --no-branches exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service edit: nothing to change; give at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;service %1&quot;; use list, show, add, edit or remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSql</name>
    <message>
        <source>read the workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>sign needs --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureFiles</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a document copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no PDF or P7S attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signature beside it (%1.p7s). Put the .p7s file the document came with into the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signature beside it: %2 is not a signature. Put the .p7s file the document came with into the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a signature (.p7s, .p7m, .sig…), nor a PDF, nor an e-mail (.eml): Kopii cannot read it as any of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a qualified signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a CMS/CAdES signature (.p7s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is the PDF sent with it, byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is detached and the document it signs is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not carry its signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses %1, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the signer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s key: it was forged or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is exactly what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names its certificate (signingCertificateV2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not name its certificate (no signingCertificateV2): it is not a CAdES signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chains to a trusted authority (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not revoked (CRL of its issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is meant for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not meant for signatures (key usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not qualified: this is not a KEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature claims to be made at %1, after its own timestamp (%2): the claim is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, after the signature was made (proven by its timestamp): the signature stays valid, but nothing signed with this key after that date is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation not checked: the certificate&apos;s issuer is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not revoked (OCSP answer of %1 from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, before the signature&apos;s timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, and no timestamp proves that the signature was made before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s OCSP responder (%1) does not know this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation not checked: no CRL of the issuer is in the trust store, and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not revoked (CRL of %1 from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF sent with the signature differs from the signed content: it was changed after signing. Only the signed content, which Kopii shows, is the citizen&apos;s document; ask for the copy again before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses the hash %1 with DSTU 4145, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature claims to be made at %1, after Kopii had it (%2): the claim is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing proves that the signature was made while it was valid (no timestamp, and Kopii received it only on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing proves that the signature was made while it was valid (no timestamp, no record of when it was received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, after Kopii received this signature: the signature stays valid, but nothing signed with this key after that date is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was valid at the proven time of the signature; it has expired since (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified certificate (KEP): the trusted list names its issuer as a qualified provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate says it is qualified, but no trusted list confirms its issuer as a qualified provider (import the Ukrainian trusted list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed attributes do not say what content they sign (no contentType).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed attributes name another type of content than the signature carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses %1, which is too weak to prove anything today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the signer&apos;s key, over the signed attributes in DER order (they arrived in another order, re-encoded on their way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the signer&apos;s key, over the signed attributes re-encoded in DER (they arrived in a looser encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has no signed attributes (plain PKCS #7): it names neither its certificate nor the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the document: the document was changed after signing, or the signature was forged or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA signature leaves out the NULL parameters PKCS #1 asks for in its DigestInfo: it holds, but the software that made it does not follow the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not revoked when the signature was made (OCSP answer of %1, carried in the signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no signature (no signer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter-signature cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-signature on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signatures; %1%2: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Content timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s timestamp (%1) is older than the document&apos;s content timestamp (%2): one of them is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not revoked when the signature was made (CRL of %1, carried in the signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute %1 is among the unsigned attributes, where anyone could have put it: it must be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed attributes carry no digest of the document (messageDigest): what they sign cannot be tied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed attributes carry %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed attribute %1 does not have exactly one value of its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter-signature must not carry contentType among its signed attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not say which document it signs (no single messageDigest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses %1, which cannot be computed here: it can be neither confirmed nor refuted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedRequest</name>
    <message>
        <source>the compressed data is damaged or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s content is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CBOR map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not known; a newer Kopii may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation, the service or the branch&apos;s e-mail is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kopii signed request (it does not start with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is damaged or cut short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the code cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not carry its signer&apos;s certificate, and this computer does not know the key %1. It cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id %1 does not belong to the certificate in the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the code was changed after it was signed, or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer (%1) does not belong to the organisation named in the code (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>The key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s key (%1) cannot be used by this version of Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the certificate&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P-256 point has 32-byte coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature does not fit the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature has a wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature could not be converted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <source>The workspace database %1 is in use by another program, so Kopii could not %2. Close the other program (or wait until it finishes) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a database (%2). Kopii has not changed it. Restore it from a backup copy, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be written, so Kopii could not %2. Check that the folder and the file belong to you and that the disk is not read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 reported an error when Kopii tried to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Kopii workspace database (it holds other tables). Kopii has not changed it. Choose another workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 was written by a newer version of Kopii (database version %2, this Kopii knows up to %3). Kopii has not changed it. Install the newer Kopii to open this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 was written by a newer version of Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a backup copy of the workspace database to %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted, but the deleted documents could not yet be wiped from the workspace&apos;s journal file, because another Kopii program (the watcher, or another window) is reading it. They are wiped at the next deletion or the next start of Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 saved before an upgrade could not be removed; it holds citizens&apos; documents. Delete it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii tried to change the workspace through a connection meant for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workspace database: give the path of a kopii.db file, or an office server&apos;s address (postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the lead of the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>RNOKPP (tax number): &quot;%1&quot; is not a valid 10-digit RNOKPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name: must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager who has logged in can add employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only manager; make someone else a manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager who has logged in can remove employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employee with the RNOKPP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only manager and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already has its manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSql</name>
    <message>
        <source>read the employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employee with the RNOKPP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionSql</name>
    <message>
        <source>store the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the inbox summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored message for submission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete old submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission number %1: somebody has deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody else changed submission %1 in the meantime. Kopii shows it as it is now; do it again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the service&apos;s retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the service&apos;s retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 is on legal hold (%2), so it cannot be deleted. A manager lifts the hold first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timestamp</name>
    <message>
        <source>The timestamp attached to the signature cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp attached to the signature is damaged: it is not an RFC 3161 token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp attached to the signature is damaged: its content cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp is signed with %1, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature does not verify: it was forged or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp&apos;s content was changed after the authority signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp does not name the certificate of its authority (ESS signingCertificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp uses a hash function Kopii does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp belongs to another signature, not to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp of &quot;%1&quot; cannot be relied on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp was signed by &quot;%1&quot;, whose certificate is not meant for time-stamping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp of %1 by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CMS signature of one signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an RFC 3161 timestamp token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp uses the hash %1 with DSTU 4145, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp does not carry the certificate of the authority that made it, and the trust store does not know it: import the time-stamping authority&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content timestamp is over another document, not over the one signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document existed at %1: content timestamp by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document timestamp is over another version of the file, not over this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file existed as it is at %1: document timestamp by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive timestamp does not match the signature and its validation data as they are now: something in them was changed or removed after archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature and its validation data existed as they are at %1: archive timestamp by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>unknown subcommand &quot;token %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1, serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(comes with Kopii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revocation list(s) imported.</source>
        <translation>
            <numerusform>%n revocation list imported.</numerusform>
            <numerusform>%n revocation lists imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust this self-signed root (its SHA-256 fingerprint, as shown when it was left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by the trusted list, no longer trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: the root &quot;%1&quot; is trusted only when you confirm it. Compare its fingerprint with the one its provider publishes, then import again with --add-anchor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signer of trusted lists is allowed yet: add the ЦЗО&apos;s with `kopii-cli trust tl-signer add CERT`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one certificate, the trusted list&apos;s signer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted lists signed by &quot;%1&quot; (SHA-256 %2) are accepted from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;trust tl-signer %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;trust %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustSql</name>
    <message>
        <source>read the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revocation answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the revocation answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust store has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or CRL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a personal certificate, not a certificate authority&apos;s. Import the CA certificates of the trust service provider instead (e.g. CACertificates.p7b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a certificate nor a CRL was found: expected DER or PEM certificates, a PKCS#7 (.p7b) bundle, or a CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes with Kopii and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the issuer &quot;%1&quot; is not in the trust store. Import the CA certificates of this trust service provider (e.g. CACertificates.p7b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at &quot;%1&quot;, a root that is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2 (checked at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid only from %2 (checked at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has been revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s signature on &quot;%1&quot; does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature on &quot;%1&quot; uses %2, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed to issue certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain reaches the trusted root &quot;%1&quot;, but its signatures use %2, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures on this chain use %1, which this version of Kopii cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; was not valid at %2 (valid %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted list was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed, so nothing shows that it is the ЦЗО&apos;s. Import the list as published by the ЦЗО.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed by &quot;%1&quot; (SHA-256 %2), who is not a signer of trusted lists Kopii knows. A manager who has checked that certificate can allow it with `kopii-cli trust tl-signer add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signer&apos;s certificate &quot;%1&quot; is not valid now (valid %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the list of &quot;%1&quot;, not of Ukraine (UA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no sequence number (TSLSequenceNumber).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an older list (number %1) than the one imported before (number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted list (number %1) is signed by &quot;%2&quot;; its signature holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list should have been replaced on %1: look for a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it grants no qualified certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate to allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trust store as a certificate authority; a signer of trusted lists is kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a personal certificate: it is used for this run only to find a signer&apos;s certificate that a signature does not carry, and is never trusted by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedList</name>
    <message>
        <source>The trusted list is not well-formed XML (line %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file is not a trusted list (TrustServiceStatusList).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted list declares a document type (DOCTYPE); a trusted list never does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>is required, but is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long, but has %1</source>
        <translation>
            <numerusform>must be at least %n character long, but has %1</numerusform>
            <numerusform>must be at least %n characters long, but has %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long, but has %1</source>
        <translation>
            <numerusform>must be at most %n character long, but has %1</numerusform>
            <numerusform>must be at most %n characters long, but has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>contains invisible control characters; retype the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP (tax number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown in Diia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address shown in Diia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be exactly %n digit(s), but &quot;%1&quot; is not</source>
        <translation>
            <numerusform>must be exactly %n digit, but &quot;%1&quot; is not</numerusform>
            <numerusform>must be exactly %n digits, but &quot;%1&quot; is not</numerusform>
        </translation>
    </message>
    <message>
        <source>the check digit of %1 does not match; look for a mistyped digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a surname and a name (and patronymic) in letters, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address of the form name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one document to request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known document kind; known kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPipeline</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document came without a signature (.p7s) and carries none of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationProtocol</name>
    <message>
        <source>The signature is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature holds, with warnings (see the checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature holds, but it is not a qualified one (not a KEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be confirmed (see the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven by a trusted timestamp on the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when Kopii received the signature (it existed then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of this check: nothing proves that the signature existed earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, an electronic seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, a person&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (the certificate does not name it a seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the PDF (PAdES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enveloping: the data inside the signature file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached: the data in a separate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counter-signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the signer&apos;s certificate is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time (as the signer states it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from a trusted timestamping service: it proves the signature existed then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the signing time is not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualified signature creation device, as the certificate states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS (PKCS#7), file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the check refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETSI indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks made by Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified electronic signature (KEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate says qualified; no trusted list confirms it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced electronic signature, not qualified (not a KEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFICATION PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the electronic signatures and seals of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the signed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust store version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol records the check Kopii made at the date and time above. Any program that checks qualified electronic signatures (czo.gov.ua, id.gov.ua) can check the same files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document to write a protocol of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>--at takes a time like 2026-11-26T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopii-cli: the root &quot;%1&quot; in %2 is left out; to trust it for this run, add --add-anchor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1, RNOKPP %2, at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--content names the file one detached signature signs: give exactly one signature with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unstated time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s)</source>
        <translation>
            <numerusform>%n new submission</numerusform>
            <numerusform>%n new submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n mailbox(es) and %1; stop with Ctrl+C.</source>
        <translation>
            <numerusform>Watching %n mailbox and %1; stop with Ctrl+C.</numerusform>
            <numerusform>Watching %n mailboxes and %1; stop with Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: new %2, with documents %3, stored %4, already stored %5, failed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop folder %1: stored %2, already stored %3, failed %4, still being written %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures checked: %1 document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this watcher leads the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the workspace&apos;s database is lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n mailbox(es); stop with Ctrl+C.</source>
        <translation>
            <numerusform>Watching %n mailbox; stop with Ctrl+C.</numerusform>
            <numerusform>Watching %n mailboxes; stop with Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>--standby-seconds takes a number of seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1: sign in again with: kopii-cli mailbox sign-in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkLease</name>
    <message>
        <source>%1 is working on this submission (until %2, unless renewed). Choose another one, or ask %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read who works on the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the submission back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace folder %1. Check that you may write to the folder above it, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder %1 is read-only, so Kopii cannot keep its records there. Check the folder&apos;s permissions and the disk, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another Kopii program (process %2 on %3). Close it there first, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the workspace %1 for this program. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder %1 belongs to another user of this computer, who could read and change the citizens&apos; documents in it. Choose a folder of your own, for example in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder %1 cannot be made private to you, so other users of this computer could read the citizens&apos; documents in it. Choose a folder of your own, for example in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the workspace is a link or belongs to another user, so Kopii does not open it. Someone may have changed the workspace folder: ask whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceImport</name>
    <message>
        <source>read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a workspace folder of a single desk can be moved onto a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace and the server must be of this Kopii&apos;s version: open each with it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database already holds records (%1 in %2): a workspace can be moved only into a new, empty database, before &quot;kopii-cli server init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the workspace (%2 rows there, %3 here): nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlSignature</name>
    <message>
        <source>The XML cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses the hash %1, which Kopii does not check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed part of the list cannot be put in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses the canonicalization %1, which Kopii does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not carry its signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is signed with DSTU 4145, but its signer&apos;s key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s signature (DSTU 4145) holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is signed with %1, which Kopii does not check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s algorithm does not match its signer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s signature does not match its signer&apos;s key: it was forged or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s signature holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key or its certificate is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML declares a document type (DOCTYPE), which a signed list never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list must carry exactly one signature, as its last element (it carries %n, or one elsewhere).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The signature holds an element &quot;%1&quot; that a list&apos;s signature does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is incomplete or repeats its parts (SignedInfo, SignatureValue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not cover the whole list (it must have exactly one reference, to the whole document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s transforms hold something else than transforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature transforms the list in a way a trusted list&apos;s signature does not (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not an enveloped signature of the whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s DSTU 4145 signature does not match its signer&apos;s key: it was forged or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii</name>
    <message>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CRL or OCSP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsigned attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::BackgroundWatcher</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is needed: open the mailbox and enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again: open the mailbox and press &quot;Sign in…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ImapSession</name>
    <message>
        <source>The mail server did not answer for %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted IMAP is allowed only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate changed: its SHA-256 fingerprint is %1, not the pinned %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; choose TLS (port 993) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted IMAP is allowed only to this computer, and %1 is not it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program answering on %1:%2 belongs to another user of this computer (user number %3), so Kopii does not send it the password. Start your mail bridge again, or use TLS with a pinned certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii cannot tell which program answers on %1:%2, so it sends no password there unencrypted. Use TLS with a pinned certificate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to %1:%2 could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii could not connect to %1:%2. Check the server&apos;s name and port, and this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted. Its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused to say what it supports (CAPABILITY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused to start encryption (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only LOGIN, which cannot carry this user name or password (LOGIN takes only Latin letters, digits and signs). Ask the provider for sign-in by AUTHENTICATE PLAIN, or use a user name and password in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server offers no sign-in with an account of Google, Microsoft or another provider (OAuth 2.0). Sign in with the mailbox&apos;s password or an app password instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::MailboxStore</name>
    <message>
        <source>An earlier part of this download could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii stopped twice while reading this message, so it was set aside to let the messages after it arrive. It stays in the mailbox on the server (message number %1): open it in a mail program to see what it is, and tell Kopii&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is %1 MB, more than the %2 MB Kopii reads, so it was not downloaded. It stays in the mailbox on the server (message number %3): open it in a mail program to see what it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::MailboxSync</name>
    <message>
        <source>The message could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the login. Check the user name and the password; some providers also want access by mail programs (IMAP) switched on in the mailbox&apos;s settings on their website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused to search the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused to describe the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused to send messages %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server stopped announcing new mail (IDLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server stopped answering the check for new mail (NOOP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not offer sign-in with %1 (OAuth 2.0). Check the server&apos;s address, or sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sign-in with %1. Check that the mailbox&apos;s address is the account that signed in, and that mail programs (IMAP) may use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::OAuthClient</name>
    <message>
        <source>Nobody finished the sign-in in the browser within 10 minutes. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii cannot reach the sign-in service of %1. Check the Internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Kopii&apos;s permission for this mailbox (it was withdrawn, it expired, or the password was changed). Sign in to the mailbox again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission was refused at %1. To use this mailbox, sign in again and allow Kopii to read mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the application id Kopii was given. Check the client id the organisation registered (docs/mail-oauth.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not confirmed in time. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service of %1 gave an answer Kopii does not understand. Try again later; if it stays so, check the provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii cannot wait for the browser&apos;s answer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not for the sign-in Kopii is waiting for. Return to Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not happen. Return to Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this page and return to Kopii.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no sign-in by code for computers without a browser; sign in on a desk with a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii has no permission for this mailbox yet. Sign in to the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s address must be an https:// address without a query (http:// only to this computer itself, for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii cannot reach %1. Check the address and the Internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not describe itself as an OpenID Connect provider (no /.well-known/openid-configuration). Ask your administrator for the provider file instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::PasswordVault</name>
    <message>
        <source>No keychain is available; enter the password for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no password for this mailbox (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::Watcher</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 (retry in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by: another watcher of the office watches this mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::cli::MailboxCommand</name>
    <message>
        <source>Cannot write the token file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::AccessionPanel</name>
    <message>
        <source>Application for accession to Diia.QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the Diia.QR rules, the head of the organisation (or the sole proprietor) signs the application for accession with a qualified electronic signature (KEP). Kopii prepares it from the data on this page and the branches, and keeps it with its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF and &amp;signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign the application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet. Sign it once the organisation and its branches are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet: the manager signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2; the signature is checked after login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 (%2 KB) and its signature %1.p7s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1, RNOKPP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: serial %1, issued by %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: CAdES-BES, detached; signing time %1 (as stated by the signer&apos;s computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the application. It is signed with your KEP as it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with my KEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your KEP to sign the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing… (a token may ask for its button or PIN pad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save the PDF and open it yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the application and its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:
%1
%1.p7s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what in the workspace, and who viewed, saved, opened or deleted which received document. Each entry is sealed to the one before it, so an altered log is noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved a document to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened a document in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received an unreadable message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the state of a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted a submission (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed an employee&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ The log is intact: %n entries, each sealed to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The log was altered at entry %1. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::BranchDialog</name>
    <message>
        <source>Edit branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch is an office that receives the copies. Visitors see its name and address in Diia before they send their documents, and the copies arrive at its e-mail address. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Central office (up to 32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address that receives the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kyiv region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bucha district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city, town or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Vokzalna St.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 or 12-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the name as Diia should show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the address as Diia should show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for your colleagues only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::BranchTableModel</name>
    <message numerus="yes">
        <source>Offers %n service(s)</source>
        <translation>
            <numerusform>Offers %n service</numerusform>
            <numerusform>Offers %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>No service is offered here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::BranchesPage</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offices that receive copies. Each branch has its own address for Diia and its own e-mail box, where visitors&apos; copies arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no branches yet.
Press &quot;Add branch&quot; to enter the first office that receives copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search branches by name, e-mail or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the branch &quot;%1&quot;?

No service is offered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The branch &quot;%1&quot; offers %n service(s):
%2

If you remove it, these services are no longer offered there. The services themselves stay.</source>
        <translation>
            <numerusform>The branch &quot;%1&quot; offers %n service:
%2

If you remove it, this service is no longer offered there. The service itself stays.</numerusform>
            <numerusform>The branch &quot;%1&quot; offers %n services:
%2

If you remove it, these services are no longer offered there. The services themselves stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off services and remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ComingPage</name>
    <message>
        <source>Coming in a later version of Kopii</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::DiagnosticsDialog</name>
    <message>
        <source>&amp;Copy for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Kopii&apos;s support needs to know about this installation. It holds nothing about the documents or the people who sent them. Copy it into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tokens and the PDF helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poppler (in the helper kopii-render)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::DocumentView</name>
    <message>
        <source>Signed by %1, RNOKPP %2%3, at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, EDRPOU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unstated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF sent with this signature is not what was signed. Shown below is the signed document, taken from the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown below is the signed document, taken from the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document to show: the signature carries no content and no PDF came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged as of its timestamp, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged as of %1, when Kopii received it (the time the signer states proves nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged as of %1, the time of the check: nothing proves an earlier time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts were added to this PDF after it was signed. Shown below is the version that was signed, without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::EmployeeDialog</name>
    <message>
        <source>This is not a valid RNOKPP: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee logs in to Kopii with their own KEP. Enter the RNOKPP (tax number) exactly as in their certificate; the name is for lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP (tax number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname, name, patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees the organisation and prints the QR posters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the inbox: reviews, uses and deletes the received copies; prints posters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: the organisation, branches, services, employees, trusted certificates and the accession application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::EmployeeTableModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who may log in to this workspace with their KEP, and what each may do: reception prints posters, a clerk works with the inbox, a manager does everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has logged in yet.
The first person to log in with a KEP becomes the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search employees by name or RNOKPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RNOKPP is already in the list: change that employee instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2)?

They will no longer be able to log in to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, and who viewed which document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::InboxPage</name>
    <message>
        <source>Folder for the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies and their signatures are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies visitors sent, with their signatures checked. A verdict says what Kopii could confirm; open a submission to see every check and the signed document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox holds citizens&apos; documents: only clerks and managers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by sender, signer, RNOKPP or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a submission on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;br&gt;%3&lt;br&gt;Received %4; sent %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the submission from %1 with its %n document(s) for good? The copies and their signatures are removed from this computer and cannot be restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Use the preview here, or save the copies and open them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification protocol of this document: checked again now, to print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of incoming documents: numbers, senders and states for a period, to print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 is marked processed, but its package did not reach the hot folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold keeps the submission from deletion, by a person or by retention, until a manager lifts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold: %1. It is not deleted until a manager lifts the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold: a manager lifts the hold before it can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is submission %1 kept? For example, the court case or the request it is kept for. Nobody deletes it, nor does retention, until a manager lifts the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold (%1)? Retention and deletion then apply to the submission again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ListPage</name>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::LoginDialog</name>
    <message>
        <source>%1 (valid to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with KEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a qualified electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of the organisation (or the FOP) and the employees they add may work here. Choose your key: a key file from your provider or a token (secure media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token (secure media, PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the certificates of your trust service provider (e.g. CACertificates.p7b). Possible before the first login only; later the manager does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Key-6.pfx from your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx *.pk8 *.dat *.jks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries (*.so *.so.* *.dll *.dylib);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is connected. Insert it and press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad when it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNOKPP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1; valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified certificate (KEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a qualified certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has no signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is read from the key file after the password is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager who has logged in can change the trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) added.</source>
        <translation>
            <numerusform>%n certificate added.</numerusform>
            <numerusform>%n certificates added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token; press Refresh after inserting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and trusted lists (*.p7b *.cer *.crt *.der *.pem *.crl *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file (.p12, .pfx, .jks, Key-6.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n root certificate(s) left out, not confirmed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the password of your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of your token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail box that receives a branch&apos;s copies. Kopii reads new messages without marking them read and stores each one once. The password goes to the system&apos;s keychain, never into Kopii&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Central office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: by the address each message was sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. imap.ukr.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 993) — recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — only for a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After storing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the message as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark it with the keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move it to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256; only for a server whose certificate no authority vouches for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected and logged in; the folder opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces new mail at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not announce new mail; Kopii will check every two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority vouches for this server&apos;s certificate. Its SHA-256 fingerprint is:

%1

Trust it only if your provider or administrator confirms this fingerprint. Kopii will then accept exactly this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pinned; testing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is saved for this mailbox. Leave the field empty to keep it, or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Sign in again only if the provider asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider file your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider file: choose the file your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of the application your organisation registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id: the id of the application your organisation registered with %1 (the manual&apos;s chapter on Google and Microsoft says how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window that opened…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Test the connection, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google account (Gmail, Google Workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 account (Outlook, Exchange Online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s own provider (a file from the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application your organisation registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s domain or tenant id; empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (the &quot;Sign in…&quot; button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for an hour only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gave no lasting permission: Kopii would have to ask again within the hour. Check that the application may ask for offline access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox&apos;s address: Kopii proposes the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in from the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii could not connect to this mailbox:

%1

Save it anyway? Kopii will keep trying, and the Mailboxes list shows what goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Sign in…&quot;: Kopii first asks %1 how to sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: press &quot;Sign in…&quot; to read the provider&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .json file, or the provider&apos;s address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::MailboxTableModel</name>
    <message>
        <source>shared (by recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branches&apos; e-mail boxes, where Diia delivers the visitors&apos; copies. Kopii watches them while it runs (and kopii-cli watch does as a service), stores every new message with its documents once, and never marks a message read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox yet.
Press &quot;Add mailbox&quot; and enter the IMAP server and the account of a branch&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search mailboxes by name, server or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Kopii keeps the password only until it closes; you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching &quot;%1&quot; (%2)? The copies already received stay in Kopii; the messages stay on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking in %1: %2 of %3 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: press &quot;Sign in…&quot; and allow Kopii to read the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::MainWindow</name>
    <message>
        <source>Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kopii %1&lt;/h3&gt;&lt;p&gt;Receives copies of citizens&apos; documents sent through Diia.QR, with their signatures checked.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s) arrived.</source>
        <translation>
            <numerusform>%n new submission arrived.</numerusform>
            <numerusform>%n new submissions arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old copies could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n submission(s) kept longer than the workspace&apos;s policy allows were deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO: sample data, not real documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (DEMO: sample data, a demo key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server is lost; Kopii connects again by itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server does not answer; Kopii tries again every 10 seconds. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the office server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::OrganizationPage</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that receives the copies, as registered: visitors see its name in Diia. Per the Diia.QR rules, only its head (or the sole proprietor) sets the service up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bucha Lyceum No. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole &amp;proprietor (FOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname, name, patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: fill in the organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2, %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be printed: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is switched on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be shown safely: %1. The copy itself is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be printed safely: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::PosterCheckDialog</name>
    <message>
        <source>Check poster photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph each poster on the wall with a phone, straight on, so that its code is clearly visible, and choose the photos. Kopii reads the codes in them and says whether each is this office&apos;s current code. A code pasted over the poster is a known fraud: it sends visitors&apos; documents to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the poster check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the codes in %n photo(s)…</source>
        <translation>
            <numerusform>Reading the codes in %n photo…</numerusform>
            <numerusform>Reading the codes in %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The code reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every code is this office&apos;s current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) or photo(s) need attention: see what to do beside each.</source>
        <translation>
            <numerusform>%n code or photo needs attention: see what to do beside it.</numerusform>
            <numerusform>%n codes or photos need attention: see what to do beside each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kopii::ui::PostersPage</name>
    <message>
        <source>Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each service at each branch has its own QR code. Import it from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;), then print the poster and hang it where visitors see it. The poster is in Ukrainian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image, a PDF or an SVG with the code downloaded from the Diia portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land&amp;scape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;ge print (for visitors with poor sight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M — standard (15 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q — for posters that get worn (25 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H — highest (30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L — lowest (7 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF, PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all posters of the branch as one PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no branches yet: add one under Branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is offered at this branch yet: choose the branch for a service under Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: import it from the Diia portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the manager imports it from the Diia portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code from the Diia portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code (*.png *.jpg *.jpeg *.pdf *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of the code from the Diia portal (https://diia.app/acquirers/…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the QR code of &quot;%1&quot; at &quot;%2&quot;? Posters already printed keep working until the code is withdrawn on the Diia portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service at this branch has a QR code yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n poster(s). Without a QR code, so not included: %1</source>
        <translation>
            <numerusform>Saved %n poster. Without a QR code, so not included: %1</numerusform>
            <numerusform>Saved %n posters. Without a QR code, so not included: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters — %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed request of an earlier Kopii, which the Diia app cannot open. Import the service&apos;s code from the Diia portal to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed request of an earlier Kopii, which the Diia app cannot open. The manager imports the service&apos;s code from the Diia portal to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck photos of posters on the wall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether each poster still carries this office&apos;s current code, and not a sticker pasted over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ProtocolDialog</name>
    <message>
        <source>Save the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is saved in %1, and the same check for other programs (ETSI XML) beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document of the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the protocol covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signatures again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked now, %1. The verdicts in the inbox are updated to this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As checked at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at intake, %1; not sealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at intake, %1; sealed by %2 on %3. The seal is saved beside it (.p7s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::RegisterDialog</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1, by retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1, by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number, sender or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering and hand-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering and hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hot folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration number begins with its service&apos;s prefix, else its branch&apos;s, then the year and the number within it: Ц-2026/000123. A change applies to new numbers only. A hot folder takes each submission&apos;s package (its files, the protocol and the register card) for the office&apos;s document system, when it is marked processed or as soon as it arrives and its signatures are checked; the service&apos;s comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the package goes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On arrival: as soon as the submission is stored and its signatures are checked, by the watcher service or a desk with the inbox open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServerDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain took the password: Kopii will ask for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office keeps its inbox on a server that several desks share. Whoever set it up gives you the values below; your own name on the server and your password are yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example kopii.office.lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example olena_koval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate (.pem, .crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate of the office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system&apos;s keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, the database and your name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service is what a visitor comes for, such as enrolment or an appointment. Choose the documents the visitor shares through Diia and the branches where the service&apos;s QR code hangs. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Enrolment in the first grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://… page the visitor may open after sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no branches yet. You can save the service now and choose its branches after adding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered at any branch yet: no poster can be printed for it until you tick a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offered at %n branch(es).</source>
        <translation>
            <numerusform>Offered at %n branch.</numerusform>
            <numerusform>Offered at %n branches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this service&apos;s copies for their own time, not the workspace&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days &amp;after processing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most, days after arrival:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServiceTableModel</name>
    <message>
        <source>not offered at any branch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What visitors come for, and which documents they share through Diia for it. Each service at each branch gets its own QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no services yet.
Press &quot;Add service&quot; and choose the documents a visitor shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services by name, document or branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the service &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::Session</name>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>The session was locked after %n minute without activity.</numerusform>
            <numerusform>The session was locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was locked because the token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s records are kept here, readable only by your user account. To use another folder, start Kopii with --workspace FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unattended Kopii locks itself and asks for the KEP again, so that nobody else sees the copies. It also locks at once when the token is taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask certificate issuers &amp;online whether a signer&apos;s certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii asks the issuer&apos;s OCSP service (or downloads its list of revoked certificates) for every new signature. Without it, signatures stay &quot;valid, with warnings&quot; unless the trust store holds a current list. Only managers can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after they are marked processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after they arrived, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received copies hold personal data: Kopii deletes them, with their signatures and the e-mail, when they are due, and writes each deletion into the audit log. Only managers can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep copies: days after they are marked processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep copies: days after they arrived, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the key that seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.der *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (certificate SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: the protocols are kept unsealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the verification &amp;protocol of each submission at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate of the key that seals the protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each submission that arrives gets its protocol as soon as its signatures are checked, kept as evidence of what was checked and when. The key you choose (the organisation&apos;s seal or your KEP) seals them: the watcher service started with it seals each at intake, or kopii-cli protocol seal later; intake never waits for it. Only managers can change this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::SignatureViewer</name>
    <message>
        <source>Open a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — signature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signature (.p7s), a signed PDF or an e-mail (.eml) to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and documents (*.p7s *.p7m *.p7 *.pkcs7 *.sig *.cms *.pdf *.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the signed file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is kept apart from the document it signs; choose that document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::SubmissionTableModel</name>
    <message>
        <source>✓ Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Valid, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::SystemLock</name>
    <message>
        <source>The session was locked because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was locked because the computer&apos;s session was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was locked because the computer&apos;s screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kopii::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Kopii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopii receives the copies of documents that visitors send from the Diia app by scanning your QR poster, and checks every signature. To set your organisation up, the manager logs in with the qualified electronic signature (KEP) of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with my KEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file or a token from your trust service provider. The first login sets the organisation up from your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample school with two branches, its posters and received copies with every kind of verdict, and a demo key to log in with. Nothing is sent anywhere; everything in it is marked DEMO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office keeps its inbox on a server that several desks share. Whoever set it up gives you its address, your name on it and a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
