<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Cli</name>
    <message>
        <source>Run "kopii-cli --help" for the commands and their options.</source>
        <translation>Команди та їхні параметри: «kopii-cli --help».</translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli org show [--json]
  kopii-cli org set [--name NAME] [--edrpou CODE | --rnokpp CODE] [--head FULL-NAME]

The organisation that owns the workspace. --edrpou makes it a legal entity (8 digits),
--rnokpp a sole proprietor (FOP, 10 digits). The first "org set" needs all three.
</source>
        <translation>Використання:
  kopii-cli org show [--json]
  kopii-cli org set [--name НАЗВА] [--edrpou КОД | --rnokpp КОД] [--head ПІБ]

Організація, якій належить робочий простір. --edrpou — юридична особа (8 цифр),
--rnokpp — фізична особа-підприємець (ФОП, 10 цифр). Перший «org set» потребує всіх трьох.
</translation>
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
        <translation>Використання:
  kopii-cli branch list [--json] [--search ТЕКСТ]
  kopii-cli branch show НОМЕР|НАЗВА [--json]
  kopii-cli branch add --name НАЗВА --email АДРЕСА --region ОБЛАСТЬ --district РАЙОН
                       --location НАСЕЛЕНИЙ-ПУНКТ --street ВУЛИЦЯ --house БУДИНОК
                       [--custom-full-name НАЗВА] [--custom-full-address АДРЕСА] [--note ТЕКСТ]
  kopii-cli branch edit НОМЕР|НАЗВА [будь-які параметри add]
  kopii-cli branch remove НОМЕР|НАЗВА [--detach-services]

Обмеження (модель партнера Дії): назва 1–32 символи, e-mail 6–100, область 4–100,
район 4–100, населений пункт 2–100, вулиця 4–100, будинок 1–20, власна назва 1–100,
власна адреса 1–200. Відділення, яке використовують послуги, видаляється лише з
--detach-services: його буде знято з цих послуг.
</translation>
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
        <translation>Використання:
  kopii-cli service list [--json]
  kopii-cli service show НОМЕР|НАЗВА [--json]
  kopii-cli service add --name НАЗВА --document КОД [--document КОД ...]
                        [--branch НОМЕР|НАЗВА ...] [--return-link https://...]
  kopii-cli service edit НОМЕР|НАЗВА [--name НАЗВА] [--document КОД ...] [--branch НОМЕР|НАЗВА ...]
                        [--no-branches] [--return-link АДРЕСА]
  kopii-cli service remove НОМЕР|НАЗВА

--document і --branch можна повторювати; під час редагування вони замінюють увесь список.
Коди документів: «kopii-cli document-kinds».
</translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation>--workspace потребує теки</translation>
    </message>
    <message>
        <source>--lang takes uk, en or system</source>
        <translation>--lang приймає uk, en або system</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>невідомий параметр %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не вказано команду</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>невідома команда «%1»</translation>
    </message>
    <message>
        <source>"%1" needs a subcommand</source>
        <translation>«%1» потребує підкоманди</translation>
    </message>
    <message>
        <source>%1 needs the number or the name of a record</source>
        <translation>%1 потребує номера або назви запису</translation>
    </message>
    <message>
        <source>%1: unexpected argument "%2"</source>
        <translation>%1: зайвий аргумент «%2»</translation>
    </message>
    <message>
        <source>The workspace has no organisation yet. Create it with "kopii-cli org set".</source>
        <translation>У робочому просторі ще немає організації. Створіть її командою «kopii-cli org set».</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Організація: %1</translation>
    </message>
    <message>
        <source>Legal entity, EDRPOU %1</source>
        <translation>Юридична особа, ЄДРПОУ %1</translation>
    </message>
    <message>
        <source>Sole proprietor (FOP), RNOKPP %1</source>
        <translation>ФОП, РНОКПП %1</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Керівник: %1</translation>
    </message>
    <message>
        <source>org set: give either --edrpou (legal entity) or --rnokpp (sole proprietor), not both</source>
        <translation>org set: вкажіть або --edrpou (юридична особа), або --rnokpp (ФОП), але не обидва</translation>
    </message>
    <message>
        <source>org set: nothing to change; give --name, --edrpou or --rnokpp, or --head</source>
        <translation>org set: нічого змінювати; вкажіть --name, --edrpou чи --rnokpp або --head</translation>
    </message>
    <message>
        <source>The workspace has no organisation yet: give --name, --edrpou or --rnokpp, and --head together.</source>
        <translation>У робочому просторі ще немає організації: вкажіть разом --name, --edrpou чи --rnokpp і --head.</translation>
    </message>
    <message>
        <source>Organisation saved.</source>
        <translation>Організацію збережено.</translation>
    </message>
    <message>
        <source>unknown subcommand "org %1"; use show or set</source>
        <translation>невідома підкоманда «org %1»; використовуйте show або set</translation>
    </message>
    <message>
        <source>No branches yet. Add one with "kopii-cli branch add".</source>
        <translation>Відділень ще немає. Додайте відділення командою «kopii-cli branch add».</translation>
    </message>
    <message>
        <source>No branch matches "%1".</source>
        <translation>Жодне відділення не відповідає «%1».</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Branch %1 added.</source>
        <translation>Відділення %1 додано.</translation>
    </message>
    <message>
        <source>branch edit: nothing to change; give at least one field option</source>
        <translation>branch edit: нічого змінювати; вкажіть хоча б одне поле</translation>
    </message>
    <message>
        <source>Branch %1 saved.</source>
        <translation>Відділення %1 збережено.</translation>
    </message>
    <message>
        <source>To remove it anyway, add --detach-services.</source>
        <translation>Щоб усе одно видалити його, додайте --detach-services.</translation>
    </message>
    <message>
        <source>Branch %1 removed.</source>
        <translation>Відділення %1 видалено.</translation>
    </message>
    <message>
        <source>unknown subcommand "branch %1"; use list, show, add, edit or remove</source>
        <translation>невідома підкоманда «branch %1»; використовуйте list, show, add, edit або remove</translation>
    </message>
    <message>
        <source>No services yet. Add one with "kopii-cli service add".</source>
        <translation>Послуг ще немає. Додайте послугу командою «kopii-cli service add».</translation>
    </message>
    <message>
        <source>Branches: %1</source>
        <translation>Відділення: %1</translation>
    </message>
    <message>
        <source>not offered at any branch yet</source>
        <translation>поки не надається в жодному відділенні</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документи: %1</translation>
    </message>
    <message>
        <source>Return link: %1</source>
        <translation>Посилання для повернення: %1</translation>
    </message>
    <message>
        <source>service %1: --branch and --no-branches exclude each other</source>
        <translation>service %1: --branch і --no-branches не можна вказувати разом</translation>
    </message>
    <message>
        <source>service edit: nothing to change; give at least one option</source>
        <translation>service edit: нічого змінювати; вкажіть хоча б один параметр</translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation>Послугу %1 збережено.</translation>
    </message>
    <message>
        <source>Service %1 added.</source>
        <translation>Послугу %1 додано.</translation>
    </message>
    <message>
        <source>Service %1 removed.</source>
        <translation>Послугу %1 видалено.</translation>
    </message>
    <message>
        <source>unknown subcommand "service %1"; use list, show, add, edit or remove</source>
        <translation>невідома підкоманда «service %1»; використовуйте list, show, add, edit або remove</translation>
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
        <translation>Використання: kopii-cli [--workspace ТЕКА] [--lang uk|en] КОМАНДА ...

Копії приймає копії документів громадян, надіслані через Дія.QR. Ця програма керує
робочим простором з командного рядка.

Команди:
  org show|set                     організація
  branch list|show|add|edit|remove відділення, що приймають копії
  service list|show|add|edit|remove послуги та документи, які вони запитують
  document-kinds [--json]          види документів, які може запитувати послуга
  audit [--limit N] [--json]       журнал змін: коли, звідки, що
  help КОМАНДА                     параметри команди

Параметри:
  --workspace ТЕКА  тека робочого простору (типово: $KOPII_WORKSPACE, інакше %1)
  --lang uk|en      мова повідомлень (типово: мова системи)
  -h, --help        ця довідка
  -v, --version     версія

Коди завершення: 0 — виконано; 1 — відмовлено (неправильні дані, не знайдено, конфлікт,
робочий простір недоступний), причина — у стандартному потоці помилок; 2 — помилка використання.
</translation>
    </message>
    <message>
        <source>audit: --limit takes a positive number</source>
        <translation>audit: --limit приймає додатне число</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Kopii receives copies of citizens' documents sent through Diia.QR and checks their signatures.</source>
        <translation>Копії приймає копії документів громадян, надіслані через Дія.QR, і перевіряє їхні підписи.</translation>
    </message>
    <message>
        <source>Use the workspace in FOLDER (default: $KOPII_WORKSPACE, else %1).</source>
        <translation>Використати робочий простір у ТЕЦІ (типово: $KOPII_WORKSPACE, інакше %1).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ТЕКА</translation>
    </message>
    <message>
        <source>Language: uk, en or system.</source>
        <translation>Мова: uk, en або system.</translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation>Копії</translation>
    </message>
    <message>
        <source>Kopii cannot open the workspace</source>
        <translation>Копії не можуть відкрити робочий простір</translation>
    </message>
    <message>
        <source>You can open or create a workspace in another folder.</source>
        <translation>Можна відкрити або створити робочий простір в іншій теці.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Вибрати іншу теку…</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Тека робочого простору</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>There is no branch named "%1".</source>
        <translation>Немає відділення з назвою «%1».</translation>
    </message>
    <message>
        <source>%1: another branch is already called "%2"; choose a different name</source>
        <translation>%1: інше відділення вже називається «%2»; виберіть іншу назву</translation>
    </message>
    <message>
        <source>%1: %2 already receives the copies of branch "%3"; each branch needs its own address</source>
        <translation>%1: на %2 вже надходять копії відділення «%3»; кожному відділенню потрібна власна адреса</translation>
    </message>
    <message numerus="yes">
        <source>Branch "%1" is used by %n service(s): %2. Take it off those services first, or remove it from them together with the branch.</source>
        <translation><numerusform>Відділення «%1» використовує %n послуга: %2. Спершу зніміть його з цієї послуги або зніміть його з неї разом із видаленням.</numerusform><numerusform>Відділення «%1» використовують %n послуги: %2. Спершу зніміть його з цих послуг або зніміть його з них разом із видаленням.</numerusform><numerusform>Відділення «%1» використовують %n послуг: %2. Спершу зніміть його з цих послуг або зніміть його з них разом із видаленням.</numerusform></translation>
    </message>
    <message>
        <source>There is no service named "%1".</source>
        <translation>Немає послуги з назвою «%1».</translation>
    </message>
    <message>
        <source>%1: there is no branch with number %2</source>
        <translation>%1: немає відділення з номером %2</translation>
    </message>
    <message>
        <source>%1: another service is already called "%2"; choose a different name</source>
        <translation>%1: інша послуга вже називається «%2»; виберіть іншу назву</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The workspace database %1 is in use by another program, so Kopii could not %2. Close the other program (or wait until it finishes) and try again.</source>
        <translation>Базу даних робочого простору %1 використовує інша програма, тому Копії не змогли %2. Закрийте іншу програму (або дочекайтеся, доки вона завершить роботу) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or is not a database (%2). Kopii has not changed it. Restore it from a backup copy, or choose another workspace.</source>
        <translation>База даних робочого простору %1 пошкоджена або не є базою даних (%2). Копії її не змінювали. Відновіть її з резервної копії або виберіть інший робочий простір.</translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be written, so Kopii could not %2. Check that the folder and the file belong to you and that the disk is not read-only.</source>
        <translation>До бази даних робочого простору %1 неможливо записати, тому Копії не змогли %2. Перевірте, що тека й файл належать вам і що диск не лише для читання.</translation>
    </message>
    <message>
        <source>The workspace database %1 reported an error when Kopii tried to %2: %3</source>
        <translation>База даних робочого простору %1 повідомила про помилку, коли Копії намагалися %2: %3</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>відкрити базу даних</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>прочитати базу даних</translation>
    </message>
    <message>
        <source>The file %1 is not a Kopii workspace database (it holds other tables). Kopii has not changed it. Choose another workspace folder.</source>
        <translation>Файл %1 не є базою даних робочого простору Копій (у ньому інші таблиці). Копії його не змінювали. Виберіть іншу теку робочого простору.</translation>
    </message>
    <message>
        <source>The workspace database %1 was written by a newer version of Kopii (database version %2, this Kopii knows up to %3). Kopii has not changed it. Install the newer Kopii to open this workspace.</source>
        <translation>Базу даних робочого простору %1 записала новіша версія Копій (версія бази %2, ця програма знає лише до %3). Копії її не змінювали. Встановіть новішу версію Копій, щоб відкрити цей робочий простір.</translation>
    </message>
    <message>
        <source>prepare the database</source>
        <translation>підготувати базу даних</translation>
    </message>
    <message>
        <source>The workspace database %1 was written by a newer version of Kopii.</source>
        <translation>Базу даних робочого простору %1 записала новіша версія Копій.</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>перевірити базу даних</translation>
    </message>
    <message>
        <source>Could not save a backup copy of the workspace database to %1 before upgrading it: %2</source>
        <translation>Не вдалося зберегти резервну копію бази даних робочого простору в %1 перед оновленням: %2</translation>
    </message>
    <message>
        <source>upgrade the database</source>
        <translation>оновити базу даних</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>почати зміну</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>зберегти зміну</translation>
    </message>
    <message>
        <source>read the organization</source>
        <translation>прочитати дані організації</translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation>зберегти дані організації</translation>
    </message>
    <message>
        <source>read the branches</source>
        <translation>прочитати відділення</translation>
    </message>
    <message>
        <source>read a branch</source>
        <translation>прочитати відділення</translation>
    </message>
    <message>
        <source>There is no branch with number %1.</source>
        <translation>Немає відділення з номером %1.</translation>
    </message>
    <message>
        <source>add the branch</source>
        <translation>додати відділення</translation>
    </message>
    <message>
        <source>change the branch</source>
        <translation>змінити відділення</translation>
    </message>
    <message>
        <source>remove the branch</source>
        <translation>видалити відділення</translation>
    </message>
    <message>
        <source>read the services</source>
        <translation>прочитати послуги</translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation>Немає послуги з номером %1.</translation>
    </message>
    <message>
        <source>save the service's branches</source>
        <translation>зберегти відділення послуги</translation>
    </message>
    <message>
        <source>save the service's documents</source>
        <translation>зберегти документи послуги</translation>
    </message>
    <message>
        <source>add the service</source>
        <translation>додати послугу</translation>
    </message>
    <message>
        <source>change the service</source>
        <translation>змінити послугу</translation>
    </message>
    <message>
        <source>remove the service</source>
        <translation>видалити послугу</translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation>записати журнал змін</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>прочитати журнал змін</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>is required, but is empty</source>
        <translation>обов'язкове поле, але воно порожнє</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long, but has %1</source>
        <translation><numerusform>має містити щонайменше %n символ, а містить %1</numerusform><numerusform>має містити щонайменше %n символи, а містить %1</numerusform><numerusform>має містити щонайменше %n символів, а містить %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long, but has %1</source>
        <translation><numerusform>має містити не більше %n символу, а містить %1</numerusform><numerusform>має містити не більше %n символів, а містить %1</numerusform><numerusform>має містити не більше %n символів, а містить %1</numerusform></translation>
    </message>
    <message>
        <source>contains invisible control characters; retype the text</source>
        <translation>містить невидимі керівні символи; наберіть текст заново</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Організаційна форма</translation>
    </message>
    <message>
        <source>Register code</source>
        <translation>Реєстраційний код</translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation>Код ЄДРПОУ</translation>
    </message>
    <message>
        <source>RNOKPP (tax number)</source>
        <translation>РНОКПП (податковий номер)</translation>
    </message>
    <message>
        <source>Head's full name</source>
        <translation>ПІБ керівника</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Назва відділення</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Будинок</translation>
    </message>
    <message>
        <source>Name shown in Diia</source>
        <translation>Назва, яку показує Дія</translation>
    </message>
    <message>
        <source>Address shown in Diia</source>
        <translation>Адреса, яку показує Дія</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Назва послуги</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Requested documents</source>
        <translation>Документи, що запитуються</translation>
    </message>
    <message>
        <source>Return link</source>
        <translation>Посилання для повернення</translation>
    </message>
    <message numerus="yes">
        <source>must be exactly %n digit(s), but "%1" is not</source>
        <translation><numerusform>має складатися рівно з %n цифри, а «%1» — ні</numerusform><numerusform>має складатися рівно з %n цифр, а «%1» — ні</numerusform><numerusform>має складатися рівно з %n цифр, а «%1» — ні</numerusform></translation>
    </message>
    <message>
        <source>the check digit of %1 does not match; look for a mistyped digit</source>
        <translation>контрольна цифра %1 не збігається; перевірте, чи не помилилися в цифрі</translation>
    </message>
    <message>
        <source>must be a surname and a name (and patronymic) in letters, separated by spaces</source>
        <translation>має містити прізвище та ім'я (і по батькові) літерами, через пробіл</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address of the form name@example.com</source>
        <translation>«%1» не є адресою e-mail виду name@example.com</translation>
    </message>
    <message>
        <source>choose at least one document to request</source>
        <translation>виберіть хоча б один документ, який запитувати</translation>
    </message>
    <message>
        <source>"%1" is not a known document kind; known kinds: %2</source>
        <translation>«%1» — невідомий вид документа; відомі види: %2</translation>
    </message>
    <message>
        <source>"%1" is not a web address starting with https://</source>
        <translation>«%1» не є вебадресою, що починається з https://</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a file, not a folder. Give a folder for the workspace.</source>
        <translation>%1 — це файл, а не тека. Вкажіть теку для робочого простору.</translation>
    </message>
    <message>
        <source>Could not create the workspace folder %1. Check that you may write to the folder above it, or choose another place.</source>
        <translation>Не вдалося створити теку робочого простору %1. Перевірте, чи маєте право запису до батьківської теки, або виберіть інше місце.</translation>
    </message>
    <message>
        <source>The workspace folder %1 is read-only, so Kopii cannot keep its records there. Check the folder's permissions and the disk, or choose another workspace.</source>
        <translation>Тека робочого простору %1 доступна лише для читання, тому Копії не можуть зберігати в ній записи. Перевірте права доступу до теки та диск або виберіть інший робочий простір.</translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another Kopii program (process %2 on %3). Close it there first, or choose another workspace.</source>
        <translation>Робочий простір %1 уже відкрито в іншій програмі Копії (процес %2 на %3). Спершу закрийте його там або виберіть інший робочий простір.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>цьому комп’ютері</translation>
    </message>
    <message>
        <source>Could not lock the workspace %1 for this program. Check the folder's permissions.</source>
        <translation>Не вдалося заблокувати робочий простір %1 для цієї програми. Перевірте права доступу до теки.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не вдалося створити теку %1.</translation>
    </message>
    <message>
        <source>Could not create the database file %1.</source>
        <translation>Не вдалося створити файл бази даних %1.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::BranchDialog</name>
    <message>
        <source>Edit branch</source>
        <translation>Редагування відділення</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>Нове відділення</translation>
    </message>
    <message>
        <source>A branch is an office that receives the copies. Visitors see its name and address in Diia before they send their documents, and the copies arrive at its e-mail address. Fields marked * are required.</source>
        <translation>Відділення — це офіс, що приймає копії. Відвідувачі бачать його назву й адресу в Дії, перш ніж надіслати документи, а копії надходять на його адресу e-mail. Поля, позначені *, обов’язкові.</translation>
    </message>
    <message>
        <source>e.g. Central office (up to 32 characters)</source>
        <translation>напр. Центральний офіс (до 32 символів)</translation>
    </message>
    <message>
        <source>the address that receives the copies</source>
        <translation>адреса, на яку надходитимуть копії</translation>
    </message>
    <message>
        <source>e.g. Kyiv region</source>
        <translation>напр. Київська</translation>
    </message>
    <message>
        <source>e.g. Bucha district</source>
        <translation>напр. Бучанський</translation>
    </message>
    <message>
        <source>city, town or village</source>
        <translation>місто, селище або село</translation>
    </message>
    <message>
        <source>e.g. Vokzalna St.</source>
        <translation>напр. вул. Вокзальна</translation>
    </message>
    <message>
        <source>e.g. 1 or 12-A</source>
        <translation>напр. 1 або 12-А</translation>
    </message>
    <message>
        <source>optional: the name as Diia should show it</source>
        <translation>необов’язково: назва, як її має показувати Дія</translation>
    </message>
    <message>
        <source>optional: the address as Diia should show it</source>
        <translation>необов’язково: адреса, як її має показувати Дія</translation>
    </message>
    <message>
        <source>optional, for your colleagues only</source>
        <translation>необов’язково, лише для колег</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>kopii::ui::BranchTableModel</name>
    <message numerus="yes">
        <source>Offers %n service(s)</source>
        <translation><numerusform>Надає %n послугу</numerusform><numerusform>Надає %n послуги</numerusform><numerusform>Надає %n послуг</numerusform></translation>
    </message>
    <message>
        <source>No service is offered here yet</source>
        <translation>Тут ще не надається жодна послуга</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>E-mail for copies</source>
        <translation>E-mail для копій</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
</context>
<context>
    <name>kopii::ui::BranchesPage</name>
    <message>
        <source>Branches</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>The offices that receive copies. Each branch has its own address for Diia and its own e-mail box, where visitors' copies arrive.</source>
        <translation>Офіси, що приймають копії. Кожне відділення має власну адресу для Дії та власну поштову скриньку, куди надходять копії відвідувачів.</translation>
    </message>
    <message>
        <source>There are no branches yet.
Press "Add branch" to enter the first office that receives copies.</source>
        <translation>Відділень ще немає.
Натисніть «Додати відділення», щоб внести перший офіс, що приймає копії.</translation>
    </message>
    <message>
        <source>&amp;Add branch…</source>
        <translation>&amp;Додати відділення…</translation>
    </message>
    <message>
        <source>Search branches by name, e-mail or address</source>
        <translation>Пошук відділень за назвою, e-mail або адресою</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>Видалити відділення</translation>
    </message>
    <message>
        <source>Remove the branch "%1"?

No service is offered there.</source>
        <translation>Видалити відділення «%1»?

У ньому не надається жодна послуга.</translation>
    </message>
    <message numerus="yes">
        <source>The branch "%1" offers %n service(s):
%2

If you remove it, these services are no longer offered there. The services themselves stay.</source>
        <translation><numerusform>Відділення «%1» надає %n послугу:
%2

Якщо його видалити, ця послуга більше не надаватиметься в ньому. Сама послуга залишиться.</numerusform><numerusform>Відділення «%1» надає %n послуги:
%2

Якщо його видалити, ці послуги більше не надаватимуться в ньому. Самі послуги залишаться.</numerusform><numerusform>Відділення «%1» надає %n послуг:
%2

Якщо його видалити, ці послуги більше не надаватимуться в ньому. Самі послуги залишаться.</numerusform></translation>
    </message>
    <message>
        <source>Take off services and remove</source>
        <translation>Зняти з послуг і видалити</translation>
    </message>
</context>
<context>
    <name>kopii::ui::ComingPage</name>
    <message>
        <source>Coming in a later version of Kopii</source>
        <translation>З’явиться в наступній версії Копій</translation>
    </message>
</context>
<context>
    <name>kopii::ui::ListPage</name>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert або Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter або F2</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>kopii::ui::MainWindow</name>
    <message>
        <source>Posters</source>
        <translation>Плакати</translation>
    </message>
    <message>
        <source>Here you will print the QR poster of each service at each branch, for visitors to scan with Diia: import the code from the Diia portal or issue a signed one, choose the paper size, print or save as PDF.</source>
        <translation>Тут ви друкуватимете QR-плакат кожної послуги в кожному відділенні, щоб відвідувачі сканували його в Дії: імпорт коду з порталу Дії або випуск підписаного коду, вибір розміру паперу, друк або збереження у PDF.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Here the copies that visitors send will be listed, each with its signature checked, for clerks to review, use and finally delete.</source>
        <translation>Тут буде список копій, які надсилають відвідувачі, кожна з перевіреним підписом, щоб працівники переглядали, використовували й зрештою видаляли їх.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Поштові скриньки</translation>
    </message>
    <message>
        <source>Here you will connect the branches' e-mail boxes, which Kopii will watch for incoming copies.</source>
        <translation>Тут ви підключатимете поштові скриньки відділень, за якими Копії стежитимуть, чекаючи на нові копії.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Kopii</source>
        <translation>&amp;Про Копії</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Робочий простір: %1</translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation>Копії</translation>
    </message>
    <message>
        <source>About Kopii</source>
        <translation>Про Копії</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kopii %1&lt;/h3&gt;&lt;p&gt;Receives copies of citizens' documents sent through Diia.QR, with their signatures checked.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Копії %1&lt;/h3&gt;&lt;p&gt;Приймає копії документів громадян, надіслані через Дія.QR, і перевіряє їхні підписи.&lt;/p&gt;&lt;p&gt;Робочий простір: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kopii::ui::OrganizationPage</name>
    <message>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>The organisation that receives the copies, as registered: visitors see its name in Diia. Per the Diia.QR rules, only its head (or the sole proprietor) sets the service up.</source>
        <translation>Організація, що приймає копії, як її зареєстровано: відвідувачі бачать її назву в Дії. За правилами Дія.QR налаштовує послугу лише керівник (або сам ФОП).</translation>
    </message>
    <message>
        <source>e.g. Bucha Lyceum No. 1</source>
        <translation>напр. Бучанський ліцей № 1</translation>
    </message>
    <message>
        <source>&amp;Legal entity</source>
        <translation>&amp;Юридична особа</translation>
    </message>
    <message>
        <source>Sole &amp;proprietor (FOP)</source>
        <translation>&amp;ФОП</translation>
    </message>
    <message>
        <source>surname, name, patronymic</source>
        <translation>прізвище, ім'я, по батькові</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 цифр</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 цифр</translation>
    </message>
    <message>
        <source>Not saved yet: fill in the organisation first.</source>
        <translation>Ще не збережено: спершу заповніть дані організації.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Не збережено: виправте позначені поля.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Редагування послуги</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Нова послуга</translation>
    </message>
    <message>
        <source>A service is what a visitor comes for, such as enrolment or an appointment. Choose the documents the visitor shares through Diia and the branches where the service's QR code hangs. Fields marked * are required.</source>
        <translation>Послуга — це те, по що приходить відвідувач, наприклад зарахування чи запис на прийом. Виберіть документи, якими відвідувач поділиться через Дію, і відділення, де висітиме QR-код послуги. Поля, позначені *, обов’язкові.</translation>
    </message>
    <message>
        <source>e.g. Enrolment in the first grade</source>
        <translation>напр. Зарахування до першого класу</translation>
    </message>
    <message>
        <source>optional: https://… page the visitor may open after sending</source>
        <translation>необов’язково: https://… сторінка, яку відвідувач може відкрити після надсилання</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>There are no branches yet. You can save the service now and choose its branches after adding them.</source>
        <translation>Відділень ще немає. Можна зберегти послугу зараз і вибрати відділення, коли їх буде додано.</translation>
    </message>
    <message>
        <source>Not offered at any branch yet: no poster can be printed for it until you tick a branch.</source>
        <translation>Поки не надається в жодному відділенні: плакат для неї не можна буде надрукувати, доки ви не позначите відділення.</translation>
    </message>
    <message numerus="yes">
        <source>Offered at %n branch(es).</source>
        <translation><numerusform>Надається в %n відділенні.</numerusform><numerusform>Надається в %n відділеннях.</numerusform><numerusform>Надається в %n відділеннях.</numerusform></translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServiceTableModel</name>
    <message>
        <source>not offered at any branch yet</source>
        <translation>поки не надається в жодному відділенні</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Requested documents</source>
        <translation>Документи, що запитуються</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Відділення</translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>What visitors come for, and which documents they share through Diia for it. Each service at each branch gets its own QR code.</source>
        <translation>По що приходять відвідувачі і якими документами вони для цього діляться через Дію. Кожна послуга в кожному відділенні має власний QR-код.</translation>
    </message>
    <message>
        <source>There are no services yet.
Press "Add service" and choose the documents a visitor shares.</source>
        <translation>Послуг ще немає.
Натисніть «Додати послугу» й виберіть документи, якими ділиться відвідувач.</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Додати послугу…</translation>
    </message>
    <message>
        <source>Search services by name, document or branch</source>
        <translation>Пошук послуг за назвою, документом або відділенням</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Видалити послугу</translation>
    </message>
    <message>
        <source>Remove the service "%1"?</source>
        <translation>Видалити послугу «%1»?</translation>
    </message>
</context>
<context>
    <name>kopii::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>Тека робочого простору:</translation>
    </message>
    <message>
        <source>The organisation's records are kept here, readable only by your user account. To use another folder, start Kopii with --workspace FOLDER.</source>
        <translation>Тут зберігаються записи організації, доступні для читання лише вашому обліковому запису. Щоб використати іншу теку, запустіть Копії з параметром --workspace ТЕКА.</translation>
    </message>
</context>
</TS>