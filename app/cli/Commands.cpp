// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "core/Workspace.h"
#include "demo/DemoWorkspace.h"

#include <QDir>

namespace kopii::cli {

std::unique_ptr<Command> makeOrgCommand(Context &context);
std::unique_ptr<Command> makeBranchCommand(Context &context);
std::unique_ptr<Command> makeServiceCommand(Context &context);
std::unique_ptr<Command> makeDocumentKindsCommand(Context &context);
std::unique_ptr<Command> makeAuditCommand(Context &context);
std::unique_ptr<Command> makeRegisterCommand(Context &context);
std::unique_ptr<Command> makeHandOffCommand(Context &context);
std::unique_ptr<Command> makeProtocolCommand(Context &context);
std::unique_ptr<Command> makeLoginCommand(Context &context);
std::unique_ptr<Command> makeEmployeeCommand(Context &context);
std::unique_ptr<Command> makeCertCommand(Context &context);
std::unique_ptr<Command> makeTokenCommand(Context &context);
std::unique_ptr<Command> makeTrustCommand(Context &context);
std::unique_ptr<Command> makeSignCommand(Context &context);
std::unique_ptr<Command> makeAccessionCommand(Context &context);
std::unique_ptr<Command> makeQrCommand(Context &context);
std::unique_ptr<Command> makePosterCommand(Context &context);
std::unique_ptr<Command> makeIngestCommand(Context &context);
std::unique_ptr<Command> makeVerifyCommand(Context &context);
std::unique_ptr<Command> makeMailboxCommand(Context &context);
std::unique_ptr<Command> makeWatchCommand(Context &context);
std::unique_ptr<Command> makeInboxCommand(Context &context);
std::unique_ptr<Command> makeDemoCommand(Context &context);
std::unique_ptr<Command> makeServerCommand(Context &context);

namespace {

// Only the help's translation context.
class Help
{
    Q_DECLARE_TR_FUNCTIONS(Help)
};

} // namespace

const QList<CommandEntry> &commandTable()
{
    // In the order of `kopii-cli --help`.
    static const QList<CommandEntry> table = {
        {QStringLiteral("org"), true, [] { return Help::tr("  org show|set                     the organisation\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli org show [--json]\n"
                             "  kopii-cli org set [--name NAME] [--edrpou CODE | --rnokpp CODE] [--head FULL-NAME]\n"
                             "\n"
                             "The organisation that owns the workspace. --edrpou makes it a legal entity (8 digits),\n"
                             "--rnokpp a sole proprietor (FOP, 10 digits). The first \"org set\" needs all three.\n");
         },
         makeOrgCommand},
        {QStringLiteral("branch"), true,
         [] { return Help::tr("  branch list|show|add|edit|remove the branches that receive copies\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli branch list [--json] [--search TEXT]\n"
                             "  kopii-cli branch show ID|NAME [--json]\n"
                             "  kopii-cli branch add --name NAME --email ADDRESS --region REGION --district DISTRICT\n"
                             "                       --location SETTLEMENT --street STREET --house HOUSE\n"
                             "                       [--custom-full-name NAME] [--custom-full-address ADDRESS] [--note TEXT]\n"
                             "  kopii-cli branch edit ID|NAME [any option of add]\n"
                             "  kopii-cli branch remove ID|NAME [--detach-services]\n"
                             "\n"
                             "Limits (Diia partner model): name 1-32 characters, e-mail 6-100, region 4-100,\n"
                             "district 4-100, settlement 2-100, street 4-100, house 1-20, custom full name 1-100,\n"
                             "custom full address 1-200. A branch that services use is only removed with\n"
                             "--detach-services, which takes it off those services.\n");
         },
         makeBranchCommand},
        {QStringLiteral("service"), true,
         [] { return Help::tr("  service list|show|add|edit|remove the services and the documents they request\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli service list [--json]\n"
                             "  kopii-cli service show ID|NAME [--json]\n"
                             "  kopii-cli service add --name NAME --document CODE [--document CODE ...]\n"
                             "                        [--branch ID|NAME ...] [--return-link https://...]\n"
                             "  kopii-cli service edit ID|NAME [--name NAME] [--document CODE ...] [--branch ID|NAME ...]\n"
                             "                        [--no-branches] [--return-link URL]\n"
                             "  kopii-cli service remove ID|NAME\n"
                             "\n"
                             "--document and --branch may be repeated; on edit they replace the whole list.\n"
                             "Document codes: see \"kopii-cli document-kinds\".\n");
         },
         makeServiceCommand},
        {QStringLiteral("document-kinds"), false,
         [] { return Help::tr("  document-kinds [--json]          the document kinds a service can request\n"); }, nullptr,
         makeDocumentKindsCommand},
        {QStringLiteral("audit"), false,
         [] {
             return Help::tr("  audit [list] [--limit N] [--json|--csv]  the log of changes and of who saw which document\n  "
                             "audit verify                     check that nobody altered the audit log\n");
         },
         nullptr, makeAuditCommand},
        {QStringLiteral("login"), false,
         [] { return Help::tr("  login KEY-OPTIONS                check a KEP login: identity and role\n"); }, nullptr,
         makeLoginCommand},
        {QStringLiteral("employee"), true,
         [] { return Help::tr("  employee list|add|remove         who may log in, and their roles (manager)\n"); }, nullptr,
         makeEmployeeCommand},
        {QStringLiteral("cert"), true,
         [] { return Help::tr("  cert show FILE [--json]          what a certificate says, qualified, trusted\n"); }, nullptr,
         makeCertCommand},
        {QStringLiteral("token"), true,
         [] { return Help::tr("  token list [--pkcs11 MODULE]     tokens and their certificates\n"); }, nullptr,
         makeTokenCommand},
        {QStringLiteral("trust"), true,
         [] {
             return Help::tr("  trust list|import [--add-anchor SHA256] FILE...   the certificate authorities Kopii trusts\n  "
                             "trust tl-signer list|add CERT    who may sign the trusted list (manager)\n");
         },
         nullptr, makeTrustCommand},
        {QStringLiteral("sign"), false,
         [] { return Help::tr("  sign KEY-OPTIONS [--attached] IN OUT.p7s   a CAdES-BES signature\n"); }, nullptr,
         makeSignCommand},
        {QStringLiteral("accession"), true,
         [] { return Help::tr("  accession sign|show|export       the signed application for accession to Diia.QR\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli accession sign KEY-OPTIONS\n"
                             "  kopii-cli accession show [--json]\n"
                             "  kopii-cli accession export DIR\n"
                             "\n"
                             "The application for accession to Diia.QR (\"Заява про приєднання\"): \"sign\" renders it as a\n"
                             "PDF from the workspace's organisation, branches and services, signs it with the manager's\n"
                             "key (CAdES-BES, detached) and keeps both in the workspace; \"show\" checks the kept\n"
                             "signature; \"export\" writes the PDF and its .p7s into DIR.\n");
         },
         makeAccessionCommand},
        {QStringLiteral("qr"), true,
         [] { return Help::tr("  qr import|list|remove|verify|decode   the Diia code of each service at a branch\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli qr import --branch B --service S FILE|LINK\n"
                             "  kopii-cli qr list [--json]\n"
                             "  kopii-cli qr remove --branch B --service S\n"
                             "  kopii-cli qr verify FILE|TEXT [--json]\n"
                             "  kopii-cli qr decode FILE\n"
                             "\n"
                             "\"import\" keeps the code you downloaded from the Diia portal (\"Мій бізнес — Мої Дія.QR\")\n"
                             "for a service at a branch: a PNG or JPEG image, a PDF, an SVG, or the link itself.\n"
                             "Only Diia links (https://diia.app/acquirers/... or diia://...) are accepted: visitors scan\n"
                             "with the Diia app, which opens nothing else.\n"
                             "\"list\" names each service at each branch with its code; with --json, also the branch's\n"
                             "address and e-mail and the documents asked for: the organisation's codes for other programs.\n"
                             "\"verify\" checks a signed request that an earlier Kopii printed (\"KQR1:...\") offline:\n"
                             "exit 0 valid, 1 not valid, 2 unreadable. Kopii no longer issues them: the Diia app cannot\n"
                             "open them; replace such posters with the portal's code.\n"
                             "\"decode\" prints the text of every QR code found in an image or PDF.\n");
         },
         makeQrCommand},
        {QStringLiteral("poster"), false,
         [] {
             return Help::tr("  poster --branch B (--service S | --all) --out FILE   print-ready posters\n"
                             "  poster check PHOTO...            is the poster on the wall this office's current one?\n");
         },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli poster --branch B --service S --out FILE.pdf|png|svg [options]\n"
                             "  kopii-cli poster --branch B --all --out FILE.pdf [options]\n"
                             "  kopii-cli poster check PHOTO... [--json]\n"
                             "\n"
                             "Options:\n"
                             "  --size A4|A5|A3    paper size (default A4)\n"
                             "  --landscape        landscape instead of portrait\n"
                             "  --large-print      bigger type for visitors with poor sight\n"
                             "  --ecc L|M|Q|H      error correction of the code (default M; Q or H for posters that get worn)\n"
                             "  --dpi N            resolution of a PNG (default 300)\n"
                             "\n"
                             "\"check\" reads the QR codes in photos of posters on the wall (a phone's JPEG will do) and\n"
                             "says of each whether it is this office's current code, for which service at which branch;\n"
                             "one replaced since (print the current poster); or one the office never had (someone may\n"
                             "have covered the poster: take it down). Exit 0 when every photo shows current codes only.\n");
         },
         makePosterCommand},
        {QStringLiteral("ingest"), false,
         [] {
             return Help::tr("  ingest FILE.eml|DIR...           store received e-mails (and PDF/P7S files) as submissions\n");
         },
         nullptr, makeIngestCommand},
        {QStringLiteral("verify"), false,
         [] {
             return Help::tr("  verify [--trust F]... [--at TIME] [--json] FILE...   check signed documents (.p7s, .p7m, .sig, "
                             ".pdf, .eml)\n");
         },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli verify [--trust FILE|DIR]... [--offline] [--at TIME] [--json] FILE...\n"
                             "  kopii-cli verify [options] SIGNATURE --content FILE\n"
                             "  kopii-cli verify [options] FILE... --report-pdf PROTOCOL.pdf [--report-xml REPORT.xml]\n"
                             "\n"
                             "Checks the signatures of documents, each file known by its content, not its name: a\n"
                             "signature (.p7s, .p7m, .p7, .pkcs7, .sig, .cms; DER, BER, PEM or base64), a .pdf (finds its\n"
                             "signature beside it, else checks the signatures it carries), or an .eml (every document in\n"
                             "it). A detached signature finds the file it signs by name (X for X.p7s, else X.pdf), or takes\n"
                             "it from --content. The workspace's trusted certificates and CRLs are used, plus those given\n"
                             "with --trust (for this run only).\n"
                             "--at checks as of another time (ISO 8601). --json prints one object per document per line.\n"
                             "--report-pdf writes the verification protocol (Ukrainian, A4, PDF/A) of every document\n"
                             "checked; --report-xml the same check as an ETSI TS 119 102-2 validation report.\n"
                             "Verdicts: valid, valid-with-warnings, not-qualified, invalid, indeterminate.\n"
                             "Exit codes: 0 every document valid; 1 otherwise; 2 usage error or unreadable input.\n");
         },
         makeVerifyCommand},
        {QStringLiteral("mailbox"), true,
         [] { return Help::tr("  mailbox add|preset|sign-in|list|test|remove  the e-mail boxes Kopii watches\n"); },
         [] {
             return Help::tr(
                 "Usage:\n"
                 "  kopii-cli mailbox add --name N [--branch B] --host H [--port P] [--security tls|starttls|none]\n"
                 "                        --user U [--password-file F] [--folder F]\n"
                 "                        [--after-ingest keep|flag:KEYWORD|move:FOLDER] [--ca-file F | --pin-sha256 HEX]\n"
                 "  kopii-cli mailbox add ... --auth oauth2 --provider google|microsoft|FILE.json|https://ISSUER\n"
                 "                        --client-id ID\n"
                 "                        [--tenant T] [--client-secret S] --token-file F [--browser]\n"
                 "  kopii-cli mailbox add --email ADDRESS [options above]\n"
                 "  kopii-cli mailbox preset ADDRESS [--json]\n"
                 "  kopii-cli mailbox sign-in N [--token-file F] [--browser]\n"
                 "  kopii-cli mailbox list [--json]\n"
                 "  kopii-cli mailbox test N [--password-file F]\n"
                 "  kopii-cli mailbox remove N\n"
                 "\n"
                 "Without --branch the mailbox is shared: its messages go to the branch whose e-mail they were\n"
                 "sent to. The password is read from the file (first line) and never stored by Kopii.\n"
                 "With --auth oauth2 the mailbox signs in with Google, Microsoft 365 or the organisation's own\n"
                 "OAuth 2.0 provider: Kopii shows a code to enter on any device with a browser (or, with\n"
                 "--browser, an address to open on this computer) and keeps the permission in the token file,\n"
                 "readable by you only. \"sign-in\" asks again when the provider withdrew it.\n"
                 "\"preset\" and --email propose the server and the sign-in from the address (ukr.net, Gmail,\n"
                 "Outlook, Microsoft 365 and Google Workspace domains, .gov.ua…) and say what the provider asks.\n"
                 "\"test\" connects, logs in and opens the folder; for a server whose certificate is not\n"
                 "trusted it shows the certificate's SHA-256 fingerprint to pin with --pin-sha256.\n");
         },
         makeMailboxCommand},
        {QStringLiteral("watch"), false,
         [] {
             return Help::tr("  watch [--once] [--mailbox N]... [--password-file F] [--drop-folder DIR]\n                        "
                             "           take in new copies from the mailboxes and the drop folder\n");
         },
         nullptr, makeWatchCommand},
        {QStringLiteral("inbox"), true,
         [] {
             return Help::tr("  inbox list [--json]              the received submissions (clerk, manager)\n"
                             "  inbox protocol ID DIR            a submission's verification protocol (PDF and ETSI XML)\n"
                             "  inbox hold ID REASON | release ID  a legal hold: no deletion until lifted (manager)\n"
                             "  inbox retention [--service S]    how long copies are kept (a manager changes it)\n");
         },
         nullptr, makeInboxCommand},
        {QStringLiteral("register"), true,
         [] { return Help::tr("  register list|find|export|prefix  the register of incoming documents (clerk, manager)\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli register list [--from DATE] [--to DATE] [--json]\n"
                             "  kopii-cli register find NUMBER [--json]\n"
                             "  kopii-cli register export [--from DATE] [--to DATE] [--csv FILE] [--pdf FILE]\n"
                             "  kopii-cli register prefix (--branch B | --service S) [PREFIX]\n"
                             "\n"
                             "Every stored submission gets a registration number, per year, beginning with its service's\n"
                             "prefix, else its branch's (e.g. Ц-2026/000123). Numbers are never reused: an entry whose\n"
                             "submission was deleted stays, saying when and how. Dates are local (2026-12-31), both\n"
                             "included. --csv writes a table for Excel (UTF-8, \";\"), --pdf the printable register (A4\n"
                             "landscape). \"prefix\" (manager) sets what new numbers of a branch or service begin with; none\n"
                             "removes it.\n");
         },
         makeRegisterCommand},
        {QStringLiteral("handoff"), true,
         [] {
             return Help::tr("  handoff package|folder           packages for the office's document system (clerk, manager)\n");
         },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli handoff package ID DIR [--zip] [--hot]\n"
                             "  kopii-cli handoff folder (--branch B | --service S) [DIR] [--on-arrival]\n"
                             "\n"
                             "A package holds a submission's files as they came, what each signature covers, the\n"
                             "verification protocol (PDF and ETSI XML) and the register card (card.json, card.xml:\n"
                             "docs/formats/register-card.md); as a folder, or one .zip. --hot writes it as into a hot\n"
                             "folder: under a hidden name first, renamed when complete, then NAME.done beside it.\n"
                             "\"folder\" (manager) sets a branch's or service's hot folder: each submission's package goes\n"
                             "there when it is marked processed, or with --on-arrival when it arrives (its signatures\n"
                             "checked, by the watcher or a desk). Without DIR: none.\n");
         },
         makeHandOffCommand},
        {QStringLiteral("protocol"), true,
         [] { return Help::tr("  protocol intake|seal|export      the protocol kept at intake, and its seal (manager)\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli protocol intake [on|off] [--seal-cert FILE]\n"
                             "  kopii-cli protocol seal (--pkcs12 FILE | --pkcs11 MODULE [--token T] [--cert ID]) "
                             "[--pin-file F]\n"
                             "  kopii-cli protocol export ID DIR\n"
                             "\n"
                             "\"intake on\" (manager): each submission that arrives from now on gets its verification\n"
                             "protocol (PDF and ETSI XML) as soon as its signatures are checked, kept with it as evidence\n"
                             "of what was checked and when. --seal-cert chooses the key that seals them (the\n"
                             "organisation's seal or the manager's KEP: its certificate, .cer or .pem). \"seal\" seals\n"
                             "every kept protocol not sealed yet (CAdES, detached, over the PDF) with that key; the\n"
                             "watcher started with the same key options seals each at intake. Intake never waits for the\n"
                             "key. \"export\" writes a submission's kept protocol and its seal (protocol-ID-intake.pdf,\n"
                             ".xml, .pdf.p7s).\n");
         },
         makeProtocolCommand},
        {QStringLiteral("demo"), false,
         [] { return Help::tr("  demo create [DIR]                a demo workspace to try everything, without a token\n"); },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli demo create [DIR]\n"
                             "\n"
                             "Makes a demo workspace in DIR (a new or empty folder; default: %1): a demo\n"
                             "certification authority made on this computer and the manager's key file, an organisation\n"
                             "with two branches and three services, and sample submissions in its drop folder for every\n"
                             "verdict. Everything in it is marked DEMO; only this workspace trusts its certificates.\n")
                 .arg(QDir::toNativeSeparators(DemoWorkspace::defaultPath()));
         },
         makeDemoCommand},
        {QStringLiteral("server"), true,
         [] {
             return Help::tr(
                 "  server init|update|import|add-desk|add-watcher|remove-desk|desks   an office server several desks share\n");
         },
         [] {
             return Help::tr("Usage:\n"
                             "  kopii-cli server init postgresql://ADMIN@HOST/DB?sslrootcert=CA --desk NAME --rnokpp CODE\n"
                             "                        --name FULL-NAME [--password-file FILE]\n"
                             "  kopii-cli server update postgresql://ADMIN@HOST/DB?sslrootcert=CA\n"
                             "  kopii-cli --workspace postgresql://ADMIN@HOST/DB?... server add-desk NAME --rnokpp CODE\n"
                             "                        --name FULL-NAME [--role reception|clerk|manager] [--branch ID|NAME ...]\n"
                             "                        [--password-file FILE]\n"
                             "  kopii-cli --workspace ... server add-watcher NAME [--password-file FILE]\n"
                             "  kopii-cli --workspace ... server remove-desk NAME\n"
                             "  kopii-cli --workspace ... server desks [--json]\n"
                             "  kopii-cli --workspace ... server import WORKSPACE-DIR\n"
                             "\n"
                             "An office server is a PostgreSQL database that several desks and the watcher service share\n"
                             "(docs/office-server.md). \"init\" creates Kopii's tables, the roles, the rights the server\n"
                             "enforces and the first manager's desk; run it as the database's owner. \"update\", also as\n"
                             "the owner, after installing a newer Kopii, brings the rights and the server's functions to\n"
                             "what this version sets up; desks and people stay as they are. Each person then\n"
                             "connects as their own desk: a clerk sees the submissions of the branches given with --branch.\n"
                             "A desk's password is typed twice, or read from the first line of --password-file; the\n"
                             "server keeps only a SCRAM verifier of it. Connections go over TLS with the server's\n"
                             "certificate checked against the CA file (sslrootcert), or through a Unix socket.\n"
                             "\"import\" moves a single desk's workspace onto a new, empty server database (before\n"
                             "\"init\"), and proves every table's rows and content hash equal before it reports done.\n");
         },
         makeServerCommand},
    };
    return table;
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : commandTable())
        if (entry.name == name)
            return &entry;
    return nullptr;
}

int printCommandHelp(Context &context, const QString &command)
{
    if (const CommandEntry *entry = findCommand(command)) {
        context.m_out << (entry->usage ? entry->usage() : Help::tr("Usage:\n") + entry->summary());
        context.m_out.flush();
        return Success;
    }
    context.m_out << Help::tr(
        "Usage: kopii-cli [--workspace DIR] [--lang uk|en] COMMAND ...\n\nKopii receives citizens' document copies sent through "
        "Diia.QR. This program manages\nthe workspace from the command line.\n\nCommands:\n");
    for (const CommandEntry &entry : commandTable())
        context.m_out << entry.summary();
    context.m_out << Help::tr("  help COMMAND                     the options of a command\n");
    context.m_out << Help::tr(
                         "\nOptions:\n  --workspace DIR   the workspace folder (default: $KOPII_WORKSPACE, else %1)\n  --lang "
                         "uk|en      the language of messages (default: the system's)\n  -h, --help        this help\n  -v, "
                         "--version     the version\n\nKEY-OPTIONS (also before the command, to log in for a change of a "
                         "protected workspace):\n  --pkcs12 FILE                    a key file (.p12, .pfx, .jks, Key-6.dat)\n  "
                         "--pkcs11 MODULE [--token LABEL] [--cert ID]   a token through its PKCS#11 module\n  --pin-file FILE | "
                         "--pin-fd N     where the PIN or password is read from (first line);\n                                  "
                         " without them it is asked for on the terminal\n\nExit codes: 0 done; 1 refused (invalid input, not "
                         "found, conflict, workspace unusable),\nthe reason on standard error; 2 usage error.\n")
                         .arg(Workspace::defaultPath());
    context.m_out.flush();
    return Success;
}

} // namespace kopii::cli
