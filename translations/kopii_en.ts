<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Run "kopii-cli --help" for the commands and their options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage:
  kopii-cli org show [--json]
  kopii-cli org set [--name NAME] [--edrpou CODE | --rnokpp CODE] [--head FULL-NAME]

The organisation that owns the workspace. --edrpou makes it a legal entity (8 digits),
--rnokpp a sole proprietor (FOP, 10 digits). The first "org set" needs all three.
</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
Document codes: see "kopii-cli document-kinds".
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang takes uk, en or system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" needs a subcommand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs the number or the name of a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unexpected argument "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace has no organisation yet. Create it with "kopii-cli org set".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal entity, EDRPOU %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sole proprietor (FOP), RNOKPP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>org set: give either --edrpou (legal entity) or --rnokpp (sole proprietor), not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>org set: nothing to change; give --name, --edrpou or --rnokpp, or --head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace has no organisation yet: give --name, --edrpou or --rnokpp, and --head together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand "org %1"; use show or set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No branches yet. Add one with "kopii-cli branch add".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No branch matches "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch %1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>branch edit: nothing to change; give at least one field option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To remove it anyway, add --detach-services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch %1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand "branch %1"; use list, show, add, edit or remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No services yet. Add one with "kopii-cli service add".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branches: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not offered at any branch yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return link: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1: --branch and --no-branches exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service edit: nothing to change; give at least one option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service %1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service %1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand "service %1"; use list, show, add, edit or remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: kopii-cli [--workspace DIR] [--lang uk|en] COMMAND ...

Kopii receives citizens' document copies sent through Diia.QR. This program manages
the workspace from the command line.

Commands:
  org show|set                     the organisation
  branch list|show|add|edit|remove the branches that receive copies
  service list|show|add|edit|remove the services and the documents they request
  document-kinds [--json]          the document kinds a service can request
  audit [--limit N] [--json]       the log of changes: when, from where, what
  help COMMAND                     the options of a command

Options:
  --workspace DIR   the workspace folder (default: $KOPII_WORKSPACE, else %1)
  --lang uk|en      the language of messages (default: the system's)
  -h, --help        this help
  -v, --version     the version

Exit codes: 0 done; 1 refused (invalid input, not found, conflict, workspace unusable),
the reason on standard error; 2 usage error.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit: --limit takes a positive number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Kopii receives copies of citizens' documents sent through Diia.QR and checks their signatures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the workspace in FOLDER (default: $KOPII_WORKSPACE, else %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language: uk, en or system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopii</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopii cannot open the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can open or create a workspace in another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>There is no branch named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: another branch is already called "%2"; choose a different name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 already receives the copies of branch "%3"; each branch needs its own address</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Branch "%1" is used by %n service(s): %2. Take it off those services first, or remove it from them together with the branch.</source>
        <translation><numerusform>Branch "%1" is used by %n service: %2. Take it off that service first, or remove it from it together with the branch.</numerusform><numerusform>Branch "%1" is used by %n services: %2. Take it off those services first, or remove it from them together with the branch.</numerusform></translation>
    </message>
    <message>
        <source>There is no service named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: there is no branch with number %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: another service is already called "%2"; choose a different name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The workspace database %1 is in use by another program, so Kopii could not %2. Close the other program (or wait until it finishes) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a database (%2). Kopii has not changed it. Restore it from a backup copy, or choose another workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 cannot be written, so Kopii could not %2. Check that the folder and the file belong to you and that the disk is not read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 reported an error when Kopii tried to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not a Kopii workspace database (it holds other tables). Kopii has not changed it. Choose another workspace folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 was written by a newer version of Kopii (database version %2, this Kopii knows up to %3). Kopii has not changed it. Install the newer Kopii to open this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prepare the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database %1 was written by a newer version of Kopii.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save a backup copy of the workspace database to %1 before upgrading it: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrade the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start a change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read a branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no branch with number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add the branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the service's branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the service's documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>is required, but is empty</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long, but has %1</source>
        <translation><numerusform>must be at least %n character long, but has %1</numerusform><numerusform>must be at least %n characters long, but has %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long, but has %1</source>
        <translation><numerusform>must be at most %n character long, but has %1</numerusform><numerusform>must be at most %n characters long, but has %1</numerusform></translation>
    </message>
    <message>
        <source>contains invisible control characters; retype the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RNOKPP (tax number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head's full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name shown in Diia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address shown in Diia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return link</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>must be exactly %n digit(s), but "%1" is not</source>
        <translation><numerusform>must be exactly %n digit, but "%1" is not</numerusform><numerusform>must be exactly %n digits, but "%1" is not</numerusform></translation>
    </message>
    <message>
        <source>the check digit of %1 does not match; look for a mistyped digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a surname and a name (and patronymic) in letters, separated by spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an e-mail address of the form name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose at least one document to request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known document kind; known kinds: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a web address starting with https://</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the workspace folder %1. Check that you may write to the folder above it, or choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace folder %1 is read-only, so Kopii cannot keep its records there. Check the folder's permissions and the disk, or choose another workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace %1 is already open in another Kopii program (process %2 on %3). Close it there first, or choose another workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not lock the workspace %1 for this program. Check the folder's permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the database file %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::BranchDialog</name>
    <message>
        <source>Edit branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A branch is an office that receives the copies. Visitors see its name and address in Diia before they send their documents, and the copies arrive at its e-mail address. Fields marked * are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Central office (up to 32 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address that receives the copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Kyiv region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Bucha district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>city, town or village</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Vokzalna St.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 1 or 12-A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: the name as Diia should show it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: the address as Diia should show it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, for your colleagues only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::BranchTableModel</name>
    <message numerus="yes">
        <source>Offers %n service(s)</source>
        <translation><numerusform>Offers %n service</numerusform><numerusform>Offers %n services</numerusform></translation>
    </message>
    <message>
        <source>No service is offered here yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail for copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::BranchesPage</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offices that receive copies. Each branch has its own address for Diia and its own e-mail box, where visitors' copies arrive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no branches yet.
Press "Add branch" to enter the first office that receives copies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add branch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search branches by name, e-mail or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the branch "%1"?

No service is offered there.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The branch "%1" offers %n service(s):
%2

If you remove it, these services are no longer offered there. The services themselves stay.</source>
        <translation><numerusform>The branch "%1" offers %n service:
%2

If you remove it, this service is no longer offered there. The service itself stays.</numerusform><numerusform>The branch "%1" offers %n services:
%2

If you remove it, these services are no longer offered there. The services themselves stay.</numerusform></translation>
    </message>
    <message>
        <source>Take off services and remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::ComingPage</name>
    <message>
        <source>Coming in a later version of Kopii</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::ListPage</name>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::MainWindow</name>
    <message>
        <source>Posters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here you will print the QR poster of each service at each branch, for visitors to scan with Diia: import the code from the Diia portal or issue a signed one, choose the paper size, print or save as PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here the copies that visitors send will be listed, each with its signature checked, for clerks to review, use and finally delete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here you will connect the branches' e-mail boxes, which Kopii will watch for incoming copies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Kopii</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopii</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Kopii</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Kopii %1&lt;/h3&gt;&lt;p&gt;Receives copies of citizens' documents sent through Diia.QR, with their signatures checked.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::OrganizationPage</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation that receives the copies, as registered: visitors see its name in Diia. Per the Diia.QR rules, only its head (or the sole proprietor) sets the service up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Bucha Lyceum No. 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Legal entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sole &amp;proprietor (FOP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>surname, name, patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: fill in the organisation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A service is what a visitor comes for, such as enrolment or an appointment. Choose the documents the visitor shares through Diia and the branches where the service's QR code hangs. Fields marked * are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Enrolment in the first grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: https://… page the visitor may open after sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no branches yet. You can save the service now and choose its branches after adding them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not offered at any branch yet: no poster can be printed for it until you tick a branch.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Offered at %n branch(es).</source>
        <translation><numerusform>Offered at %n branch.</numerusform><numerusform>Offered at %n branches.</numerusform></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServiceTableModel</name>
    <message>
        <source>not offered at any branch yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What visitors come for, and which documents they share through Diia for it. Each service at each branch gets its own QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no services yet.
Press "Add service" and choose the documents a visitor shares.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search services by name, document or branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the service "%1"?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kopii::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As in the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation's records are kept here, readable only by your user account. To use another folder, start Kopii with --workspace FOLDER.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>