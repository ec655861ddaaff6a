<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AccessGuard</name>
    <message>
        <source>reception (posters)</source>
        <translation>адміністратор прийому (плакати)</translation>
    </message>
    <message>
        <source>clerk (inbox)</source>
        <translation>діловод (вхідні)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow this. Ask a manager of the organisation.</source>
        <translation>Ваша роль — %1 — цього не дозволяє. Зверніться до керівника організації.</translation>
    </message>
    <message>
        <source>This workspace is protected: log in with your qualified electronic signature (KEP) first.</source>
        <translation>Цей робочий простір захищено: спершу увійдіть із кваліфікованим електронним підписом (КЕП).</translation>
    </message>
    <message>
        <source>This workspace is protected: log in as a clerk or a manager, with your qualified electronic signature (KEP).</source>
        <translation>Цей робочий простір захищено: увійдіть як діловод або керівник зі своїм кваліфікованим електронним підписом (КЕП).</translation>
    </message>
    <message>
        <source>This workspace is protected: log in as a manager, with your qualified electronic signature (KEP).</source>
        <translation>Цей робочий простір захищено: увійдіть як керівник зі своїм кваліфікованим електронним підписом (КЕП).</translation>
    </message>
</context>
<context>
    <name>Accession</name>
    <message>
        <source>The organisation is not filled in yet: fill in the Organisation page first.</source>
        <translation>Організацію ще не заповнено: спершу заповніть сторінку «Організація».</translation>
    </message>
    <message>
        <source>The signing certificate is not available.</source>
        <translation>Сертифікат для підпису недоступний.</translation>
    </message>
    <message>
        <source>The signature could not be confirmed, so the application was not kept: %1</source>
        <translation>Підпис не вдалося підтвердити, тому заяву не збережено: %1</translation>
    </message>
    <message>
        <source>Only a manager of the organisation may sign the accession application.</source>
        <translation>Підписати заяву про приєднання може лише керівник організації.</translation>
    </message>
    <message>
        <source>The signature cannot be read: %1</source>
        <translation>Підпис не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>Signature valid: signed by %1 on %2.</source>
        <translation>Підпис дійсний: підписав(ла) %1, %2.</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Підпис НЕДІЙСНИЙ: %1</translation>
    </message>
    <message>
        <source>The signature matches the document, but the signer&apos;s certificate is not trusted now: %1</source>
        <translation>Підпис відповідає документу, але сертифікат підписувача зараз не довірений: %1</translation>
    </message>
</context>
<context>
    <name>AccessionApplication</name>
    <message>
        <source>Accession application</source>
        <translation>Заява про приєднання</translation>
    </message>
    <message>
        <source>To the administrator of the Diia.QR service</source>
        <translation>Адміністратору сервісу «Дія.QR»</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ЗАЯВА</translation>
    </message>
    <message>
        <source>for accession to the Diia.QR service</source>
        <translation>про приєднання до сервісу «Дія.QR»</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>1. Заявник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Організаційна форма</translation>
    </message>
    <message>
        <source>legal entity</source>
        <translation>юридична особа</translation>
    </message>
    <message>
        <source>individual entrepreneur (FOP)</source>
        <translation>фізична особа — підприємець (ФОП)</translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation>Код ЄДРПОУ</translation>
    </message>
    <message>
        <source>RNOKPP (taxpayer number)</source>
        <translation>РНОКПП (податковий номер)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>2. Person signing the application</source>
        <translation>2. Особа, яка підписує заяву</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Прізвище, ім&apos;я, по батькові</translation>
    </message>
    <message>
        <source>RNOKPP</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Сертифікат видав</translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation>Серійний номер сертифіката</translation>
    </message>
    <message>
        <source>3. Branches that receive the copies</source>
        <translation>3. Відділення, які отримують копії</translation>
    </message>
    <message>
        <source>No branches yet; they will be added in the program Kopii.</source>
        <translation>Відділень ще немає; їх буде додано в програмі «Копії».</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail for the copies</source>
        <translation>Електронна пошта для копій</translation>
    </message>
    <message>
        <source>4. Services and the documents requested</source>
        <translation>4. Послуги та документи, що запитуються</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>4. Undertakings of the applicant</source>
        <translation>4. Зобов&apos;язання заявника</translation>
    </message>
    <message>
        <source>5. Undertakings of the applicant</source>
        <translation>5. Зобов&apos;язання заявника</translation>
    </message>
    <message>
        <source>The applicant joins the Diia.QR service on its terms of use and undertakes:</source>
        <translation>Заявник приєднується до сервісу «Дія.QR» на умовах його використання та зобов&apos;язується:</translation>
    </message>
    <message>
        <source>to request through Diia.QR only the documents a service really needs, and to use the copies received only for that service;</source>
        <translation>запитувати через «Дія.QR» лише ті документи, які справді потрібні для послуги, і використовувати отримані копії лише для цієї послуги;</translation>
    </message>
    <message>
        <source>to process the personal data in the copies under the Law of Ukraine &quot;On Personal Data Protection&quot;, with access only for authorised employees;</source>
        <translation>обробляти персональні дані в копіях відповідно до Закону України «Про захист персональних даних», з доступом лише для уповноважених працівників;</translation>
    </message>
    <message>
        <source>to keep the copies no longer than the service requires and then delete them;</source>
        <translation>зберігати копії не довше, ніж цього потребує послуга, а потім видаляти їх;</translation>
    </message>
    <message>
        <source>to place the QR codes only at its own premises named above and to remove them when a service or a branch stops;</source>
        <translation>розміщувати QR-коди лише у власних приміщеннях, названих вище, і прибирати їх, коли послуга чи відділення припиняє роботу;</translation>
    </message>
    <message>
        <source>to protect the mailboxes that receive the copies and to report a change of its data or of the mailboxes without delay.</source>
        <translation>захищати поштові скриньки, що отримують копії, і без зволікань повідомляти про зміну своїх даних або скриньок.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>qualified electronic signature (KEP) in the separate file of the same name with the extension .p7s</source>
        <translation>кваліфікований електронний підпис (КЕП) в окремому файлі з тією ж назвою та розширенням .p7s</translation>
    </message>
    <message>
        <source>Prepared with the program Kopii %1. The signature is CAdES-BES; any program that checks qualified electronic signatures can confirm it.</source>
        <translation>Підготовлено програмою «Копії» %1. Підпис у форматі CAdES-BES; його може перевірити будь-яка програма перевірки кваліфікованих електронних підписів.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and code are missing: fill in the Organisation page first.</source>
        <translation>Бракує найменування та коду організації: спершу заповніть сторінку «Організація».</translation>
    </message>
    <message>
        <source>The application needs the signer&apos;s name and RNOKPP and the date; the certificate carries no name or RNOKPP.</source>
        <translation>Для заяви потрібні ім&apos;я та РНОКПП підписувача і дата; у сертифікаті немає імені або РНОКПП.</translation>
    </message>
    <message>
        <source>Application for accession to the Diia.QR service</source>
        <translation>Заява про приєднання до сервісу «Дія.QR»</translation>
    </message>
</context>
<context>
    <name>AccessionCommand</name>
    <message>
        <source>accession sign needs --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation>для accession sign потрібен --pkcs12 ФАЙЛ або --pkcs11 МОДУЛЬ</translation>
    </message>
    <message>
        <source>Only a manager of the organisation may sign the accession application.</source>
        <translation>Підписати заяву про приєднання може лише керівник організації.</translation>
    </message>
    <message>
        <source>The accession application is signed by %1 and kept in the workspace.</source>
        <translation>Заяву про приєднання підписав(ла) %1; її збережено в робочому просторі.</translation>
    </message>
    <message>
        <source>Save it with: kopii-cli accession export DIR</source>
        <translation>Зберегти її у файли: kopii-cli accession export ТЕКА</translation>
    </message>
    <message>
        <source>The accession application has not been signed yet: kopii-cli accession sign KEY-OPTIONS</source>
        <translation>Заяву про приєднання ще не підписано: kopii-cli accession sign КЛЮЧ</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Certificate: %1, serial %2, issued by %3</source>
        <translation>Сертифікат: %1, серійний номер %2, видав %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;accession %1&quot;; use sign, show or export</source>
        <translation>невідома підкоманда «accession %1»; використовуйте sign, show або export</translation>
    </message>
</context>
<context>
    <name>ArchiveTimestamps</name>
    <message>
        <source>Its hash index cannot be read.</source>
        <translation>Її геш-індекс неможливо прочитати.</translation>
    </message>
    <message>
        <source>Its hash index uses a hash function Kopii does not know (%1).</source>
        <translation>Її геш-індекс використовує геш-функцію, невідому «Копіям» (%1).</translation>
    </message>
    <message>
        <source>Its hash index names %1 kept elsewhere in the file, not where the index says.</source>
        <translation>Її геш-індекс називає об’єкт (%1), що зберігається в іншому місці файлу, а не там, де вказує індекс.</translation>
    </message>
    <message>
        <source>It archived %1 that is no longer in the signature: the file was changed after archiving.</source>
        <translation>Вона архівувала об’єкт (%1), якого вже немає в підписі: файл змінили після архівування.</translation>
    </message>
    <message>
        <source>The archive timestamp (v3) carries no hash index (ATSHashIndex).</source>
        <translation>Архівна позначка часу (v3) не містить геш-індексу (ATSHashIndex).</translation>
    </message>
    <message>
        <source>The archive timestamp does not match the signature: %1</source>
        <translation>Архівна позначка часу не відповідає підпису: %1</translation>
    </message>
    <message>
        <source>The archive timestamps cannot be checked: the signature is not in DER, the only encoding they can be checked over.</source>
        <translation>Архівні позначки часу неможливо перевірити: підпис не в кодуванні DER, а лише над ним їх можна перевірити.</translation>
    </message>
    <message>
        <source>The archive timestamp matches the signature, but its authority cannot be relied on: %1</source>
        <translation>Архівна позначка часу відповідає підпису, але на її надавача не можна покластися: %1</translation>
    </message>
    <message>
        <source>The archive timestamp is damaged: %1</source>
        <translation>Архівна позначка часу пошкоджена: %1</translation>
    </message>
</context>
<context>
    <name>Arrival</name>
    <message>
        <source>Submission %1 did not reach the hot folder: %2</source>
        <translation>Надходження %1 не потрапило в теку передачі: %2</translation>
    </message>
    <message>
        <source>Submission %1: %2</source>
        <translation>Надходження %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each sealed to the one before.</source>
        <translation>
            <numerusform>Журнал змін цілий: %n запис, кожен скріплений із попереднім.</numerusform>
            <numerusform>Журнал змін цілий: %n записи, кожен скріплений із попереднім.</numerusform>
            <numerusform>Журнал змін цілий: %n записів, кожен скріплений із попереднім.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown subcommand &quot;audit %1&quot;; use list or verify</source>
        <translation>невідома підкоманда «audit %1»; використовуйте list або verify</translation>
    </message>
    <message>
        <source>audit: give either --json or --csv, not both</source>
        <translation>audit: вкажіть або --json, або --csv, не обидва</translation>
    </message>
    <message>
        <source>audit: --limit takes a positive number</source>
        <translation>audit: --limit приймає додатне число</translation>
    </message>
    <message>
        <source>The audit log was altered: entry %1 is not what was written. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation>Журнал змін змінено: запис %1 не такий, яким його записали. Залиште робочий простір як є і порівняйте його з резервною копією.</translation>
    </message>
    <message>
        <source>The audit log was altered: entry %1 was added outside Kopii. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation>Журнал змін змінено: запис %1 додано поза Копіями. Залиште робочий простір як є і порівняйте його з резервною копією.</translation>
    </message>
    <message>
        <source>The audit log was altered: entries before %1 were removed. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation>Журнал змін змінено: записи перед %1 видалено. Залиште робочий простір як є і порівняйте його з резервною копією.</translation>
    </message>
    <message>
        <source>The audit log was altered: its newest entries, from %1 on, were removed. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation>Журнал змін змінено: найновіші записи, починаючи з %1, видалено. Залиште робочий простір як є і порівняйте його з резервною копією.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>read the audit log</source>
        <translation>прочитати журнал змін</translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation>записати журнал змін</translation>
    </message>
    <message>
        <source>check the audit log</source>
        <translation>перевірити журнал змін</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>The Base45 text has a wrong length (%1 characters).</source>
        <translation>Текст Base45 має неправильну довжину (символів: %1).</translation>
    </message>
    <message>
        <source>The Base45 text has a character outside its alphabet at position %1.</source>
        <translation>Текст Base45 має символ поза своєю абеткою в позиції %1.</translation>
    </message>
    <message>
        <source>The Base45 text is not valid at position %1.</source>
        <translation>Текст Base45 неправильний у позиції %1.</translation>
    </message>
</context>
<context>
    <name>BranchCommand</name>
    <message>
        <source>No branches yet. Add one with &quot;kopii-cli branch add&quot;.</source>
        <translation>Відділень ще немає. Додайте відділення командою «kopii-cli branch add».</translation>
    </message>
    <message>
        <source>No branch matches &quot;%1&quot;.</source>
        <translation>Жодне відділення не відповідає «%1».</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Найменування</translation>
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
        <source>unknown subcommand &quot;branch %1&quot;; use list, show, add, edit or remove</source>
        <translation>невідома підкоманда «branch %1»; використовуйте list, show, add, edit або remove</translation>
    </message>
</context>
<context>
    <name>Cades</name>
    <message>
        <source>The key or its certificate is not available.</source>
        <translation>Ключ або його сертифікат недоступні.</translation>
    </message>
    <message>
        <source>A signature needs its signing time.</source>
        <translation>Для підпису потрібен час підписання.</translation>
    </message>
    <message>
        <source>The key cannot make this signature: %1</source>
        <translation>Цей ключ не може створити такий підпис: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
        <translation>Не вдалося створити підпис: %1</translation>
    </message>
    <message>
        <source>The file is not a CMS/CAdES signature (.p7s).</source>
        <translation>Файл не є підписом CMS/CAdES (.p7s).</translation>
    </message>
    <message>
        <source>The file is a CMS structure, but not a signature.</source>
        <translation>Файл має структуру CMS, але це не підпис.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; Kopii expects exactly one.</source>
        <translation>Кількість підписувачів у підписі: %1; «Копії» очікують рівно одного.</translation>
    </message>
    <message>
        <source>The signature does not carry its signer&apos;s certificate, so it cannot be checked.</source>
        <translation>Підпис не містить сертифіката підписувача, тому його неможливо перевірити.</translation>
    </message>
    <message>
        <source>The signature uses %1, which Kopii cannot check yet; it is not treated as valid.</source>
        <translation>Підпис використовує %1, який «Копії» поки не вміють перевіряти; він не вважається дійсним.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed, or the signature is damaged.</source>
        <translation>Документ змінено після підписання, або підпис пошкоджено.</translation>
    </message>
    <message>
        <source>The signature does not match the document: %1</source>
        <translation>Підпис не відповідає документу: %1</translation>
    </message>
    <message>
        <source>The signature does not bind its certificate (no matching signingCertificateV2 attribute): it is not a CAdES signature.</source>
        <translation>Підпис не прив&apos;язує свій сертифікат (немає відповідного атрибута signingCertificateV2): це не підпис CAdES.</translation>
    </message>
    <message>
        <source>CAdES signatures with this key&apos;s algorithm (%1) cannot be made by this version of Kopii yet.</source>
        <translation>Підписи CAdES з алгоритмом цього ключа (%1) ця версія «Копій» ще не вміє створювати.</translation>
    </message>
    <message>
        <source>The signature could not be prepared.</source>
        <translation>Не вдалося підготувати підпис.</translation>
    </message>
    <message>
        <source>The signing time could not be added.</source>
        <translation>Не вдалося додати час підписання.</translation>
    </message>
    <message>
        <source>The signature could not be written.</source>
        <translation>Не вдалося записати підпис.</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>unknown subcommand &quot;cert %1&quot;</source>
        <translation>невідома підкоманда «cert %1»</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Власник:</translation>
    </message>
    <message>
        <source>RNOKPP:</source>
        <translation>РНОКПП:</translation>
    </message>
    <message>
        <source>EDRPOU:</source>
        <translation>ЄДРПОУ:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Організація:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Видавець:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Серійний номер:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Чинний:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 до %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Використання ключа:</translation>
    </message>
    <message>
        <source>For signing:</source>
        <translation>Для підпису:</translation>
    </message>
    <message>
        <source>Qualified (KEP):</source>
        <translation>Кваліфікований (КЕП):</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Довірений:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>ні: %1</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Ланцюжок:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>This is not an X.509 certificate in DER form.</source>
        <translation>Це не сертифікат X.509 у формі DER.</translation>
    </message>
    <message>
        <source>The PEM text holds no certificate.</source>
        <translation>У тексті PEM немає сертифіката.</translation>
    </message>
    <message>
        <source>No certificate was found: expected a DER or PEM certificate, or a PKCS#7 (.p7b) bundle.</source>
        <translation>Сертифікат не знайдено: очікується сертифікат DER або PEM чи пакет PKCS#7 (.p7b).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 завеликий для файлу сертифіката.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CitizenCopies</name>
    <message>
        <source>The request names no documents to send.</source>
        <translation>Запит не називає жодного документа для надсилання.</translation>
    </message>
    <message>
        <source>The sample copy of &quot;%1&quot; could not be rendered.</source>
        <translation>Не вдалося створити зразок копії «%1».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>unknown command &quot;%1&quot;</source>
        <translation>невідома команда «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand</source>
        <translation>«%1» потребує підкоманди</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 потребує значення</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-яке</translation>
    </message>
    <message>
        <source>Run &quot;kopii-cli --help&quot; for the commands and their options.</source>
        <translation>Команди та їхні параметри: «kopii-cli --help».</translation>
    </message>
    <message>
        <source>%1 needs the number or the name of a record</source>
        <translation>%1 потребує номера або назви запису</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: зайвий аргумент «%2»</translation>
    </message>
    <message>
        <source>--pin-fd takes the number of an open file descriptor</source>
        <translation>--pin-fd приймає номер відкритого файлового дескриптора</translation>
    </message>
    <message>
        <source>give either --pkcs12 or --pkcs11, not both</source>
        <translation>вкажіть або --pkcs12, або --pkcs11, не обидва</translation>
    </message>
    <message>
        <source>Cannot read the PIN file %1: %2.</source>
        <translation>Не вдалося прочитати файл із PIN %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the PIN from descriptor %1.</source>
        <translation>Не вдалося прочитати PIN із дескриптора %1.</translation>
    </message>
    <message>
        <source>PIN of the token: </source>
        <translation>PIN токена: </translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Пароль до %1: </translation>
    </message>
    <message>
        <source>The PIN could not be read from the terminal.</source>
        <translation>Не вдалося прочитати PIN із термінала.</translation>
    </message>
    <message>
        <source>No PIN was given: use --pin-file FILE or --pin-fd N (PINs are never taken from the command line).</source>
        <translation>PIN не вказано: використайте --pin-file ФАЙЛ або --pin-fd N (PIN ніколи не береться з командного рядка).</translation>
    </message>
    <message>
        <source>No token is connected.</source>
        <translation>Жоден токен не під’єднано.</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is connected.</source>
        <translation>Токен із міткою «%1» не під’єднано.</translation>
    </message>
    <message>
        <source>Several tokens are connected (%1): choose one with --token LABEL.</source>
        <translation>Під’єднано кілька токенів (%1): виберіть один за допомогою --token МІТКА.</translation>
    </message>
    <message>
        <source>The token %1 has no signing certificate.</source>
        <translation>На токені %1 немає сертифіката для підпису.</translation>
    </message>
    <message>
        <source>The token %1 has no certificate with the ID %2.</source>
        <translation>На токені %1 немає сертифіката з ID %2.</translation>
    </message>
    <message>
        <source>The token has several signing certificates: choose one with --cert ID: %1.</source>
        <translation>На токені кілька сертифікатів для підпису: виберіть один за допомогою --cert ID: %1.</translation>
    </message>
    <message>
        <source>No password for the mailbox &quot;%1&quot;: give --password-file FILE.</source>
        <translation>Немає пароля для скриньки «%1»: вкажіть --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Не вдається прочитати файл пароля %1: %2.</translation>
    </message>
    <message>
        <source>The first line of the password file %1 is too long.</source>
        <translation>Перший рядок файлу з паролем %1 задовгий.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Файл пароля %1 порожній.</translation>
    </message>
    <message>
        <source>--branch and --service are both needed</source>
        <translation>потрібні обидва параметри: --branch і --service</translation>
    </message>
    <message>
        <source>--branch is needed</source>
        <translation>потрібен параметр --branch</translation>
    </message>
    <message>
        <source>retention: %1</source>
        <translation>зберігання: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention: deleted %n submission(s) kept longer than the workspace&apos;s policy allows.</source>
        <translation>
            <numerusform>Зберігання: видалено %n надходження, що зберігалося довше, ніж дозволяють правила робочого простору.</numerusform>
            <numerusform>Зберігання: видалено %n надходження, що зберігалися довше, ніж дозволяють правила робочого простору.</numerusform>
            <numerusform>Зберігання: видалено %n надходжень, що зберігалися довше, ніж дозволяють правила робочого простору.</numerusform>
        </translation>
    </message>
    <message>
        <source>technical cause: %1</source>
        <translation>технічна причина: %1</translation>
    </message>
    <message>
        <source>Password of %1 on the office server: </source>
        <translation>Пароль %1 на сервері установи: </translation>
    </message>
    <message>
        <source>The password could not be read from the terminal.</source>
        <translation>Не вдалося прочитати пароль із термінала.</translation>
    </message>
    <message>
        <source>The mailbox &quot;%1&quot; has no sign-in on this computer: kopii-cli mailbox sign-in %2 --token-file FILE.</source>
        <translation>Скринька «%1» не має входу на цьому комп’ютері: kopii-cli mailbox sign-in %2 --token-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Handed on: %1</source>
        <translation>Передано: %1</translation>
    </message>
    <message>
        <source>protocol at intake: %1</source>
        <translation>протокол під час надходження: %1</translation>
    </message>
    <message>
        <source>Protocols kept at intake: %1</source>
        <translation>Протоколів збережено під час надходження: %1</translation>
    </message>
    <message>
        <source>Protocols sealed: %1</source>
        <translation>Протоколів скріплено печаткою: %1</translation>
    </message>
</context>
<context>
    <name>CopyExport</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Submission %1 of %2</source>
        <translation>Надходження %1 від %2</translation>
    </message>
    <message>
        <source>Cannot create a folder for the copies in %1. Check that you may write there, or choose another folder.</source>
        <translation>Не вдається створити теку для копій у %1. Перевірте, чи маєте право записувати туди, або виберіть іншу теку.</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was saved.</source>
        <translation>Не вдається записати %1: %2. Нічого не збережено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was saved; check the free space.</source>
        <translation>Не вдається записати %1: %2. Нічого не збережено; перевірте вільне місце на диску.</translation>
    </message>
</context>
<context>
    <name>CoseSign1</name>
    <message>
        <source>The signed code is not a valid COSE_Sign1: %1</source>
        <translation>Підписаний код не є правильним COSE_Sign1: %1</translation>
    </message>
    <message>
        <source>extra bytes after the structure</source>
        <translation>зайві байти після структури</translation>
    </message>
    <message>
        <source>tag %1 instead of 18</source>
        <translation>тег %1 замість 18</translation>
    </message>
    <message>
        <source>not an array of four items</source>
        <translation>не масив із чотирьох елементів</translation>
    </message>
    <message>
        <source>an item has the wrong type</source>
        <translation>елемент має неправильний тип</translation>
    </message>
    <message>
        <source>no algorithm in the protected header</source>
        <translation>у захищеному заголовку немає алгоритму</translation>
    </message>
    <message>
        <source>the key id is not a byte string</source>
        <translation>ідентифікатор ключа не є рядком байтів</translation>
    </message>
    <message>
        <source>a certificate in x5chain is not a byte string</source>
        <translation>сертифікат у x5chain не є рядком байтів</translation>
    </message>
    <message>
        <source>x5chain has the wrong type</source>
        <translation>x5chain має неправильний тип</translation>
    </message>
    <message>
        <source>An ES256 signature has 64 bytes; this one has %1.</source>
        <translation>Підпис ES256 має 64 байти; цей має %1.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported.</source>
        <translation>Алгоритм підпису %1 не підтримується.</translation>
    </message>
    <message>
        <source>The signature&apos;s algorithm does not match the certificate&apos;s key.</source>
        <translation>Алгоритм підпису не відповідає ключу сертифіката.</translation>
    </message>
    <message>
        <source>the protected header is not a CBOR map</source>
        <translation>захищений заголовок не є картою CBOR</translation>
    </message>
</context>
<context>
    <name>CryptoDiagnostics</name>
    <message>
        <source>Signatures and trust</source>
        <translation>Підписи й довіра</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation>Довірений список</translation>
    </message>
    <message>
        <source>sequence number %1</source>
        <translation>порядковий номер %1</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>не імпортовано</translation>
    </message>
    <message>
        <source>Revocation lists (CRL)</source>
        <translation>Списки відкликаних сертифікатів (CRL)</translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation>Довірений кореневий сертифікат</translation>
    </message>
    <message>
        <source>Qualified CA</source>
        <translation>Кваліфікований надавач (КНЕДП)</translation>
    </message>
    <message>
        <source>Trusted list signer</source>
        <translation>Підписувач довіреного списку</translation>
    </message>
    <message>
        <source>(withdrawn on %1)</source>
        <translation>(відкликано %1)</translation>
    </message>
    <message>
        <source>Other CA certificates</source>
        <translation>Інші сертифікати ЦСК</translation>
    </message>
    <message>
        <source>Tokens (PKCS#11)</source>
        <translation>Токени (PKCS#11)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>none installed (OpenSC&apos;s opensc-pkcs11 was not found)</source>
        <translation>не встановлено (модуль opensc-pkcs11 від OpenSC не знайдено)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токени</translation>
    </message>
    <message>
        <source>none in the readers</source>
        <translation>у зчитувачах немає жодного</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN заблоковано</translation>
    </message>
    <message>
        <source>one PIN try left</source>
        <translation>залишилася одна спроба введення PIN</translation>
    </message>
    <message>
        <source>PIN ready</source>
        <translation>PIN готовий</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>PIN-клавіатура</translation>
    </message>
    <message>
        <source>Token in slot %1</source>
        <translation>Токен у слоті %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>unknown subcommand &quot;demo %1&quot;; use create</source>
        <translation>невідома підкоманда «demo %1»; використайте create</translation>
    </message>
    <message>
        <source>A demo workspace is ready in %1.</source>
        <translation>Демонстраційний робочий простір готовий у %1.</translation>
    </message>
    <message>
        <source>The manager&apos;s demo key file: %1 (password: %2).</source>
        <translation>Демонстраційний файл ключа керівника: %1 (пароль: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n sample submission(s) wait in %1; Kopii takes them in when the manager logs in.</source>
        <translation>
            <numerusform>%n зразок надходження чекає в %1; «Копії» приймуть його, щойно керівник увійде.</numerusform>
            <numerusform>%n зразки надходжень чекають в %1; «Копії» приймуть їх, щойно керівник увійде.</numerusform>
            <numerusform>%n зразків надходжень чекають в %1; «Копії» приймуть їх, щойно керівник увійде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open it with: kopii --workspace %1</source>
        <translation>Відкрийте його так: kopii --workspace %1</translation>
    </message>
</context>
<context>
    <name>DemoPki</name>
    <message>
        <source>The demo certificates could not be made (%1).</source>
        <translation>Не вдалося створити демонстраційні сертифікати (%1).</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not empty: the demo is made in a new or empty folder.</source>
        <translation>%1 не порожня: демонстрацію створюють у новій або порожній теці.</translation>
    </message>
    <message>
        <source>Cannot create folders in %1.</source>
        <translation>Не вдалося створити теки в %1.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Program</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation>Копії</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (зібрано з %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Робочий простір</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Розташування</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>this computer (SQLite)</source>
        <translation>цей комп’ютер (SQLite)</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версія схеми</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Розмір на диску</translation>
    </message>
    <message>
        <source>Recent warnings and errors</source>
        <translation>Останні попередження й помилки</translation>
    </message>
    <message>
        <source>none since Kopii started</source>
        <translation>жодних від запуску «Копій»</translation>
    </message>
</context>
<context>
    <name>DiiaLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>Посилання порожнє.</translation>
    </message>
    <message>
        <source>The link is too long to be a Diia link.</source>
        <translation>Посилання задовге, щоб бути посиланням Дії.</translation>
    </message>
    <message>
        <source>The link contains spaces or control characters.</source>
        <translation>Посилання містить пробіли або керівні символи.</translation>
    </message>
    <message>
        <source>This is not a valid link.</source>
        <translation>Це не правильне посилання.</translation>
    </message>
    <message>
        <source>The Diia link names nothing to open.</source>
        <translation>Посилання Дії не вказує, що відкрити.</translation>
    </message>
    <message>
        <source>Diia links use https://, not http://.</source>
        <translation>Посилання Дії починаються з https://, а не http://.</translation>
    </message>
    <message>
        <source>This is not a Diia.QR link: expected https://diia.app/acquirers/… or diia://…, found &quot;%1&quot;.</source>
        <translation>Це не посилання Дія.QR: очікується https://diia.app/acquirers/… або diia://…, а знайдено «%1».</translation>
    </message>
</context>
<context>
    <name>DropFolder</name>
    <message>
        <source>Cannot create the folder %1 in %2.</source>
        <translation>Не вдається створити теку %1 у %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Не вдається перемістити %1 до %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 in the drop folder is a link to another file. Kopii does not follow links there, so nothing was read; put the file itself into the folder.</source>
        <translation>%1 у теці для файлів — це посилання на інший файл. «Копії» не переходять за посиланнями в цій теці, тому нічого не прочитано; покладіть у теку сам файл.</translation>
    </message>
    <message>
        <source>%1 in the drop folder is not an ordinary file (a device, a pipe or a folder), so nothing was read.</source>
        <translation>%1 у теці для файлів — не звичайний файл (пристрій, канал або тека), тому нічого не прочитано.</translation>
    </message>
    <message>
        <source>%1 in the drop folder is larger than %2 MB, more than any e-mail or document copy, so it was not read. Check where it came from.</source>
        <translation>%1 у теці для файлів більший за %2 МБ — більше, ніж буває лист чи копія документа, тому його не прочитано. З’ясуйте, звідки він узявся.</translation>
    </message>
    <message>
        <source>%1 in %2 is a link, not a folder, so nothing is moved there. Remove the link; Kopii makes the folder itself.</source>
        <translation>%1 у %2 — це посилання, а не тека, тому туди нічого не переміщено. Видаліть посилання; «Копії» створять теку самі.</translation>
    </message>
</context>
<context>
    <name>Dstu4145Key</name>
    <message>
        <source>The point is not on the curve.</source>
        <translation>Точка не лежить на кривій.</translation>
    </message>
    <message>
        <source>The field polynomial must have three or five terms.</source>
        <translation>Многочлен поля має складатися з трьох або п’яти членів.</translation>
    </message>
    <message>
        <source>The curve parameters are out of range.</source>
        <translation>Параметри кривої поза допустимими межами.</translation>
    </message>
    <message>
        <source>The field polynomial&apos;s exponents are not in order.</source>
        <translation>Степені многочлена поля йдуть не за спаданням.</translation>
    </message>
    <message>
        <source>The curve parameters do not define a curve.</source>
        <translation>Параметри не задають еліптичну криву.</translation>
    </message>
    <message>
        <source>The base point or the order is not valid.</source>
        <translation>Базова точка або порядок недійсні.</translation>
    </message>
    <message>
        <source>The DSTU 4145 public key is malformed.</source>
        <translation>Відкритий ключ ДСТУ 4145 пошкоджено.</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm %1 is not DSTU 4145 (polynomial basis, little-endian).</source>
        <translation>Алгоритм ключа %1 — не ДСТУ 4145 (поліноміальний базис, little-endian).</translation>
    </message>
    <message>
        <source>The key&apos;s S-box (DKE) is malformed.</source>
        <translation>Таблицю замін ключа (ДКЕ) пошкоджено.</translation>
    </message>
    <message>
        <source>The curve&apos;s base point is not on the curve.</source>
        <translation>Базова точка не лежить на кривій.</translation>
    </message>
    <message>
        <source>The signature&apos;s numbers are out of range.</source>
        <translation>Числа підпису поза допустимими межами.</translation>
    </message>
    <message>
        <source>The signature does not match the key.</source>
        <translation>Підпис не відповідає ключу.</translation>
    </message>
    <message>
        <source>The signature has a wrong length (%1 bytes).</source>
        <translation>Підпис має неправильну довжину (%1 байт).</translation>
    </message>
    <message>
        <source>The certificate is malformed.</source>
        <translation>Сертифікат пошкоджено.</translation>
    </message>
    <message>
        <source>The certificate is not signed with DSTU 4145 (little-endian) but %1.</source>
        <translation>Сертифікат підписано не ДСТУ 4145 (little-endian), а %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is malformed.</source>
        <translation>Підпис сертифіката пошкоджено.</translation>
    </message>
    <message>
        <source>The DSTU 4145 private key is malformed.</source>
        <translation>Особистий ключ ДСТУ 4145 пошкоджено.</translation>
    </message>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>Немає особистого ключа, яким можна підписати.</translation>
    </message>
    <message>
        <source>No signature could be made.</source>
        <translation>Не вдалося створити підпис.</translation>
    </message>
    <message>
        <source>The key names the curve %1, which is not one of the standard DSTU 4145 curves.</source>
        <translation>Ключ називає криву %1, яка не є жодною зі стандартних кривих ДСТУ 4145.</translation>
    </message>
    <message>
        <source>The certificate names one signature algorithm inside its signed part and another outside it.</source>
        <translation>Сертифікат називає один алгоритм підпису в підписаній частині, а інший — поза нею.</translation>
    </message>
    <message>
        <source>A DSTU 4145 computation failed inside OpenSSL.</source>
        <translation>Обчислення ДСТУ 4145 в OpenSSL завершилося помилкою.</translation>
    </message>
</context>
<context>
    <name>EmployeeCommand</name>
    <message>
        <source>employee add needs --rnokpp CODE and --name FULL-NAME</source>
        <translation>employee add потребує --rnokpp КОД і --name ПІБ</translation>
    </message>
    <message>
        <source>--role takes reception, clerk or manager</source>
        <translation>--role приймає reception, clerk або manager</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;employee %1&quot;</source>
        <translation>невідома підкоманда «employee %1»</translation>
    </message>
</context>
<context>
    <name>ExternalCopies</name>
    <message>
        <source>Cannot make a private folder for the copy in %1: %2.</source>
        <translation>Не вдається створити приватну теку для копії в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Kopii receives copies of citizens&apos; documents sent through Diia.QR and checks their signatures.</source>
        <translation>«Копії» приймають копії документів громадян, надіслані через Дія.QR, і перевіряють їхні підписи.</translation>
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
        <translation>«Копії» не можуть відкрити робочий простір</translation>
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
    <message>
        <source>Trusted certificates</source>
        <translation>Довірені сертифікати</translation>
    </message>
    <message>
        <source>Log in again to go on.</source>
        <translation>Увійдіть знову, щоб продовжити.</translation>
    </message>
    <message>
        <source>With FILE: also trust the CA certificates and CRLs in this file or folder, for this run (e.g. CACertificates.p7b).</source>
        <translation>Разом із FILE: також довіряти сертифікатам ЦСК і СВС із цього файлу чи теки — лише цього разу (наприклад, CACertificates.p7b).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>With FILE: do not ask certificate issuers over the network whether a certificate was revoked.</source>
        <translation>Разом із FILE: не питати видавців сертифікатів через мережу, чи скасовано сертифікат.</translation>
    </message>
    <message>
        <source>A signature (.p7s), a signed PDF or an e-mail (.eml) to check and show, without a workspace or a login.</source>
        <translation>Підпис (.p7s), підписаний PDF або лист (.eml), щоб перевірити й показати без робочого простору та входу.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ФАЙЛ]</translation>
    </message>
    <message>
        <source>%1 was not added to the trusted certificates: %2</source>
        <translation>%1 не додано до довірених сертифікатів: %2</translation>
    </message>
    <message>
        <source>Open the demo workspace (made on first use in %1): sample data and a demo key, to try everything without a token or a mail server.</source>
        <translation>Відкрити демонстраційний робочий простір (створюється під час першого запуску в %1): зразки даних і демонстраційний ключ, щоб спробувати все без токена й поштового сервера.</translation>
    </message>
    <message>
        <source>The demo could not be made</source>
        <translation>Не вдалося створити демонстрацію</translation>
    </message>
    <message>
        <source>This is the demo workspace. The demo manager&apos;s key file is chosen; its password is &quot;%1&quot;.</source>
        <translation>Це демонстраційний робочий простір. Файл ключа демонстраційного керівника вже вибрано; його пароль — «%1».</translation>
    </message>
    <message>
        <source>With --trust: also trust the root certificate with this SHA-256 fingerprint in it, for this run (other roots are asked about).</source>
        <translation>Разом із --trust: також довіряти кореневому сертифікату з цим відбитком SHA-256 у ньому, на цей запуск (про інші кореневі сертифікати буде запитано).</translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <source>Cannot write the package to %1: %2. Nothing of it was left there; choose another folder or free some space, then try again.</source>
        <translation>Не вдалося записати пакет у %1: %2. Від нього там нічого не залишилося; виберіть іншу теку або звільніть місце, потім спробуйте ще раз.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>теку неможливо створити</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>The hot folder %1 does not exist: ask the manager to set it again.</source>
        <translation>Теки передачі %1 не існує: попросіть керівника задати її знову.</translation>
    </message>
    <message>
        <source>it could not be renamed to its name</source>
        <translation>його не вдалося перейменувати на остаточну назву</translation>
    </message>
    <message>
        <source>read the hand-off settings</source>
        <translation>прочитати налаштування передачі</translation>
    </message>
    <message>
        <source>%1 is not a folder Kopii can write to: give the full path of an existing folder.</source>
        <translation>%1 — не тека, в яку «Копії» можуть записувати: вкажіть повний шлях до наявної теки.</translation>
    </message>
    <message>
        <source>change the hand-off settings</source>
        <translation>змінити налаштування передачі</translation>
    </message>
    <message>
        <source>There is no such branch or service (number %1).</source>
        <translation>Такого відділення чи послуги немає (номер %1).</translation>
    </message>
    <message>
        <source>A package goes to the hot folder when its submission is marked processed, or when it arrives.</source>
        <translation>Пакет потрапляє в теку передачі, коли надходження позначено як опрацьоване, або щойно воно надійде.</translation>
    </message>
    <message>
        <source>read the submissions to hand on</source>
        <translation>прочитати надходження для передачі</translation>
    </message>
    <message>
        <source>note the hand-off</source>
        <translation>позначити передачу</translation>
    </message>
</context>
<context>
    <name>HandOffCommand</name>
    <message>
        <source>unknown subcommand &quot;handoff %1&quot;; use package or folder</source>
        <translation>невідома підкоманда «handoff %1»; використовуйте package або folder</translation>
    </message>
    <message>
        <source>handoff folder takes --branch B or --service S, and the folder (none: no hand-off)</source>
        <translation>для handoff folder потрібні --branch В або --service П і тека (без теки — без передачі)</translation>
    </message>
    <message>
        <source>No packages are handed on from here.</source>
        <translation>Звідси пакети не передаються.</translation>
    </message>
    <message>
        <source>Each submission&apos;s package goes to %1 when it is marked processed.</source>
        <translation>Пакет кожного надходження потрапляє в %1, коли його позначено як опрацьоване.</translation>
    </message>
    <message>
        <source>handoff package needs the number of a submission</source>
        <translation>для handoff package потрібен номер надходження</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Each submission&apos;s package goes to %1 when it arrives, once its signatures are checked (by the watcher, or a desk with the inbox open).</source>
        <translation>Пакет кожного надходження потрапляє в %1, щойно воно надійде і його підписи перевірено (службою стеження або робочим місцем із відкритими вхідними).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>  org show|set                     the organisation
</source>
        <translation>  org show|set                     організація
</translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli org show [--json]
  kopii-cli org set [--name NAME] [--edrpou CODE | --rnokpp CODE] [--head FULL-NAME]

The organisation that owns the workspace. --edrpou makes it a legal entity (8 digits),
--rnokpp a sole proprietor (FOP, 10 digits). The first &quot;org set&quot; needs all three.
</source>
        <translation>Використання:
  kopii-cli org show [--json]
  kopii-cli org set [--name НАЗВА] [--edrpou КОД | --rnokpp КОД] [--head ПІБ]

Організація, якій належить робочий простір. --edrpou — юридична особа (8 цифр),
--rnokpp — фізична особа-підприємець (ФОП, 10 цифр). Перший «org set» потребує всіх трьох.
</translation>
    </message>
    <message>
        <source>  branch list|show|add|edit|remove the branches that receive copies
</source>
        <translation>  branch list|show|add|edit|remove відділення, що приймають копії
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
        <source>  service list|show|add|edit|remove the services and the documents they request
</source>
        <translation>  service list|show|add|edit|remove послуги та документи, які вони запитують
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
Document codes: see &quot;kopii-cli document-kinds&quot;.
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
        <source>  document-kinds [--json]          the document kinds a service can request
</source>
        <translation>  document-kinds [--json]          види документів, які може запитувати послуга
</translation>
    </message>
    <message>
        <source>  audit [list] [--limit N] [--json|--csv]  the log of changes and of who saw which document
  audit verify                     check that nobody altered the audit log
</source>
        <translation>  audit [list] [--limit N] [--json|--csv]  журнал змін і того, хто бачив який документ
  audit verify                     перевірити, що журнал ніхто не змінював
</translation>
    </message>
    <message>
        <source>  login KEY-OPTIONS                check a KEP login: identity and role
</source>
        <translation>  login КЛЮЧ                       перевірити вхід із КЕП: особа та роль
</translation>
    </message>
    <message>
        <source>  employee list|add|remove         who may log in, and their roles (manager)
</source>
        <translation>  employee list|add|remove         хто може входити і з якою роллю (керівник)
</translation>
    </message>
    <message>
        <source>  cert show FILE [--json]          what a certificate says, qualified, trusted
</source>
        <translation>  cert show ФАЙЛ [--json]          що каже сертифікат, чи він кваліфікований і довірений
</translation>
    </message>
    <message>
        <source>  token list [--pkcs11 MODULE]     tokens and their certificates
</source>
        <translation>  token list [--pkcs11 МОДУЛЬ]     токени та їхні сертифікати
</translation>
    </message>
    <message>
        <source>  trust list|import [--add-anchor SHA256] FILE...   the certificate authorities Kopii trusts
  trust tl-signer list|add CERT    who may sign the trusted list (manager)
</source>
        <translation>  trust list|import [--add-anchor SHA256] ФАЙЛ...   центри сертифікації, яким довіряє Копії
  trust tl-signer list|add СЕРТ    хто може підписувати довірчий список (керівник)
</translation>
    </message>
    <message>
        <source>  sign KEY-OPTIONS [--attached] IN OUT.p7s   a CAdES-BES signature
</source>
        <translation>  sign КЛЮЧ [--attached] ВХІД ВИХІД.p7s   підпис CAdES-BES
</translation>
    </message>
    <message>
        <source>  accession sign|show|export       the signed application for accession to Diia.QR
</source>
        <translation>  accession sign|show|export       підписана заява про приєднання до Дія.QR
</translation>
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
        <translation>Використання:
  kopii-cli accession sign КЛЮЧ
  kopii-cli accession show [--json]
  kopii-cli accession export ТЕКА

Заява про приєднання до Дія.QR: «sign» створює її як PDF з організації, відділень і послуг
робочого простору, підписує ключем керівника (CAdES-BES, окремий підпис) і зберігає обидва
файли в робочому просторі; «show» перевіряє збережений підпис; «export» записує PDF і його
.p7s у ТЕКУ.
</translation>
    </message>
    <message>
        <source>  ingest FILE.eml|DIR...           store received e-mails (and PDF/P7S files) as submissions
</source>
        <translation>  ingest ФАЙЛ.eml|ТЕКА...          зберегти отримані листи (і файли PDF/P7S) як надходження
</translation>
    </message>
    <message>
        <source>  watch [--once] [--mailbox N]... [--password-file F] [--drop-folder DIR]
                                   take in new copies from the mailboxes and the drop folder
</source>
        <translation>  watch [--once] [--mailbox N]... [--password-file Ф] [--drop-folder ТЕКА]
                                   забрати нові копії зі скриньок і теки для файлів
</translation>
    </message>
    <message>
        <source>  demo create [DIR]                a demo workspace to try everything, without a token
</source>
        <translation>  demo create [DIR]                демонстраційний робочий простір, щоб спробувати все без токена
</translation>
    </message>
    <message>
        <source>Usage:
  kopii-cli demo create [DIR]

Makes a demo workspace in DIR (a new or empty folder; default: %1): a demo
certification authority made on this computer and the manager&apos;s key file, an organisation
with two branches and three services, and sample submissions in its drop folder for every
verdict. Everything in it is marked DEMO; only this workspace trusts its certificates.
</source>
        <translation>Використання:
  kopii-cli demo create [DIR]

Створює демонстраційний робочий простір у DIR (нова або порожня тека; типово: %1):
демонстраційний центр сертифікації, створений на цьому комп&apos;ютері, і файл ключа керівника,
організацію з двома відділеннями та трьома послугами, а в теці надходжень — зразки
надходжень для кожного вердикту. Усе в ньому позначено DEMO; його сертифікатам довіряє
лише цей робочий простір.
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>Використання:
</translation>
    </message>
    <message>
        <source>Usage: kopii-cli [--workspace DIR] [--lang uk|en] COMMAND ...

Kopii receives citizens&apos; document copies sent through Diia.QR. This program manages
the workspace from the command line.

Commands:
</source>
        <translation>Використання: kopii-cli [--workspace ТЕКА] [--lang uk|en] КОМАНДА ...

Копії приймає копії документів громадян, надіслані через Дія.QR. Ця програма керує
робочим простором з командного рядка.

Команди:
</translation>
    </message>
    <message>
        <source>  help COMMAND                     the options of a command
</source>
        <translation>  help КОМАНДА                     параметри команди
</translation>
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
        <translation>
Параметри:
  --workspace ТЕКА  тека робочого простору (типово: $KOPII_WORKSPACE, інакше %1)
  --lang uk|en      мова повідомлень (типово: мова системи)
  -h, --help        ця довідка
  -v, --version     версія

КЛЮЧ (також перед командою — щоб увійти для змін у захищеному робочому просторі):
  --pkcs12 ФАЙЛ                    файловий ключ (.p12, .pfx, .jks, Key-6.dat)
  --pkcs11 МОДУЛЬ [--token МІТКА] [--cert ID]   токен через його модуль PKCS#11
  --pin-file ФАЙЛ | --pin-fd N     звідки прочитати PIN або пароль (перший рядок);
                                   без них його запитують у терміналі

Коди завершення: 0 — виконано; 1 — відмовлено (неправильні дані, не знайдено, конфлікт,
робочий простір недоступний), причина — у стандартному потоці помилок; 2 — помилка використання.
</translation>
    </message>
    <message>
        <source>  verify [--trust F]... [--at TIME] [--json] FILE...   check signed documents (.p7s, .p7m, .sig, .pdf, .eml)
</source>
        <translation>  verify [--trust Ф]... [--at ЧАС] [--json] ФАЙЛ...   перевірити підписані документи (.p7s, .p7m, .sig, .pdf, .eml)
</translation>
    </message>
    <message>
        <source>  qr import|list|remove|verify|decode   the Diia code of each service at a branch
</source>
        <translation>  qr import|list|remove|verify|decode   код Дії кожної послуги у відділенні
</translation>
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
        <translation>Використання:
  kopii-cli qr import --branch В --service П ФАЙЛ|ПОСИЛАННЯ
  kopii-cli qr list [--json]
  kopii-cli qr remove --branch В --service П
  kopii-cli qr verify ФАЙЛ|ТЕКСТ [--json]
  kopii-cli qr decode ФАЙЛ

«import» зберігає код, завантажений з порталу Дії («Мій бізнес — Мої Дія.QR»), для послуги
у відділенні: зображення PNG або JPEG, PDF, SVG або саме посилання.
Приймаються лише посилання Дії (https://diia.app/acquirers/... або diia://...): відвідувачі
сканують застосунком Дія, а він не відкриває нічого іншого.
«list» називає кожну послугу в кожному відділенні з її кодом; з --json — ще й адресу та e-mail
відділення і документи, які просять: коди організації для інших програм.
«verify» перевіряє без мережі підписаний запит, який надрукувала попередня версія Kopii («KQR1:...»):
код 0 — дійсний, 1 — недійсний, 2 — не читається. Kopii більше їх не видає: застосунок Дія
не може їх відкрити; замініть такі плакати кодом з порталу.
«decode» друкує текст кожного QR-коду, знайденого в зображенні або PDF.
</translation>
    </message>
    <message>
        <source>  poster --branch B (--service S | --all) --out FILE   print-ready posters
  poster check PHOTO...            is the poster on the wall this office&apos;s current one?
</source>
        <translation>  poster --branch В (--service П | --all) --out ФАЙЛ   плакати, готові до друку
  poster check ФОТО...             чи плакат на стіні — поточний плакат цієї установи?
</translation>
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
        <translation>Використання:
  kopii-cli poster --branch В --service П --out ФАЙЛ.pdf|png|svg [параметри]
  kopii-cli poster --branch В --all --out ФАЙЛ.pdf [параметри]
  kopii-cli poster check ФОТО... [--json]

Параметри:
  --size A4|A5|A3    розмір паперу (типово A4)
  --landscape        альбомна орієнтація замість книжкової
  --large-print      більший шрифт для відвідувачів зі слабким зором
  --ecc L|M|Q|H      корекція помилок коду (типово M; Q або H для плакатів, що зношуються)
  --dpi N            роздільність PNG (типово 300)

«check» читає QR-коди на фото плакатів на стіні (згодиться JPEG з телефона) і про кожен каже,
чи це поточний код цієї установи і для якої послуги в якому відділенні; чи код, який відтоді
замінили (надрукуйте поточний плакат); чи код, якого в установи ніколи не було (хтось міг
заклеїти плакат: зніміть його). Код 0 — коли на кожному фото лише поточні коди.
</translation>
    </message>
    <message>
        <source>  server init|update|import|add-desk|add-watcher|remove-desk|desks   an office server several desks share
</source>
        <translation>  server init|update|import|add-desk|add-watcher|remove-desk|desks   сервер установи для кількох робочих місць
</translation>
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
        <translation>Використання:
  kopii-cli server init postgresql://АДМІН@СЕРВЕР/БАЗА?sslrootcert=ЦС --desk НАЗВА --rnokpp КОД
                        --name ПІБ [--password-file ФАЙЛ]
  kopii-cli server update postgresql://АДМІН@СЕРВЕР/БАЗА?sslrootcert=ЦС
  kopii-cli --workspace postgresql://АДМІН@СЕРВЕР/БАЗА?... server add-desk НАЗВА --rnokpp КОД
                        --name ПІБ [--role reception|clerk|manager] [--branch ID|НАЗВА ...]
                        [--password-file ФАЙЛ]
  kopii-cli --workspace ... server add-watcher НАЗВА [--password-file ФАЙЛ]
  kopii-cli --workspace ... server remove-desk НАЗВА
  kopii-cli --workspace ... server desks [--json]
  kopii-cli --workspace ... server import ТЕКА-РОБОЧОГО-ПРОСТОРУ

Сервер установи — це база даних PostgreSQL, якою спільно користуються кілька робочих місць і
служба стеження (docs/office-server.md). «init» створює таблиці «Копій», ролі, права, які
забезпечує сервер, і робоче місце першого керівника; запускайте її від імені власника бази
даних. «update», теж від імені власника, після встановлення новішої версії «Копій» приводить
права й функції сервера до того, що налаштовує ця версія; робочі місця й особи лишаються як є.
Далі кожна особа під’єднується як своє робоче місце: діловод бачить надходження
відділень, указаних через --branch. Пароль робочого місця вводиться двічі або читається з
першого рядка --password-file; сервер зберігає лише його перевірник SCRAM. З’єднання йдуть
через TLS із перевіркою сертифіката сервера за файлом ЦС (sslrootcert) або через сокет Unix.
«import» переносить робочий простір одного робочого місця в нову порожню базу даних сервера
(до «init») і, перш ніж повідомити про завершення, доводить, що в кожній таблиці ті самі рядки
й той самий геш вмісту.
</translation>
    </message>
    <message>
        <source>  mailbox add|preset|sign-in|list|test|remove  the e-mail boxes Kopii watches
</source>
        <translation>  mailbox add|preset|sign-in|list|test|remove  поштові скриньки, за якими стежать «Копії»
</translation>
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
        <translation>Використання:
  kopii-cli mailbox add --name Н [--branch В] --host СЕРВЕР [--port П] [--security tls|starttls|none]
                        --user КОРИСТУВАЧ [--password-file Ф] [--folder ТЕКА]
                        [--after-ingest keep|flag:МІТКА|move:ТЕКА] [--ca-file Ф | --pin-sha256 HEX]
  kopii-cli mailbox add ... --auth oauth2 --provider google|microsoft|ФАЙЛ.json|https://ВИДАВЕЦЬ
                        --client-id ID
                        [--tenant T] [--client-secret S] --token-file Ф [--browser]
  kopii-cli mailbox add --email АДРЕСА [параметри вище]
  kopii-cli mailbox preset АДРЕСА [--json]
  kopii-cli mailbox sign-in N [--token-file Ф] [--browser]
  kopii-cli mailbox list [--json]
  kopii-cli mailbox test N [--password-file Ф]
  kopii-cli mailbox remove N

Без --branch скринька спільна: її листи йдуть до відділення, на чию адресу їх надіслано.
Пароль читається з файлу (перший рядок), «Копії» його ніде не зберігають.
З --auth oauth2 скринька входить через Google, Microsoft 365 або власного постачальника OAuth 2.0
організації: «Копії» показують код, який треба ввести на будь-якому пристрої з браузером (або, з
--browser, адресу, яку треба відкрити на цьому комп’ютері), і зберігають дозвіл у файлі токена,
який можете читати лише ви. «sign-in» просить дозвіл знову, коли постачальник його відкликав.
«preset» і --email пропонують сервер і спосіб входу за адресою (ukr.net, Gmail, Outlook,
домени Microsoft 365 і Google Workspace, .gov.ua…) і кажуть, чого вимагає постачальник.
«test» під’єднується, входить і відкриває теку; для сервера, чиєму сертифікату немає довіри,
показує відбиток SHA-256 сертифіката, щоб закріпити його через --pin-sha256.
</translation>
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
        <translation>Використання:
  kopii-cli verify [--trust ФАЙЛ|ТЕКА]... [--offline] [--at ЧАС] [--json] ФАЙЛ...
  kopii-cli verify [параметри] ПІДПИС --content ФАЙЛ
  kopii-cli verify [параметри] ФАЙЛ... --report-pdf ПРОТОКОЛ.pdf [--report-xml ЗВІТ.xml]

Перевіряє підписи документів; кожен файл розпізнається за вмістом, а не за назвою: підпис
(.p7s, .p7m, .p7, .pkcs7, .sig, .cms; DER, BER, PEM або base64), .pdf (знаходить свій підпис
поруч, а якщо його немає — перевіряє підписи в самому PDF) або .eml (кожен документ у листі).
Окремий підпис знаходить підписаний файл за назвою (X для X.p7s, інакше X.pdf) або бере його з
--content. Використовуються довірені сертифікати та СВС робочого простору, а також задані через
--trust (лише для цього запуску).
--at перевіряє станом на інший час (ISO 8601). --json друкує один об&apos;єкт на документ у рядку.
--report-pdf записує протокол перевірки (українською, A4, PDF/A) усіх перевірених документів;
--report-xml — ту саму перевірку як звіт ETSI TS 119 102-2.
Висновки: valid, valid-with-warnings, not-qualified, invalid, indeterminate.
Коди завершення: 0 — усі документи дійсні; 1 — інакше; 2 — помилка використання або нечитабельні дані.
</translation>
    </message>
    <message>
        <source>  register list|find|export|prefix  the register of incoming documents (clerk, manager)
</source>
        <translation>  register list|find|export|prefix  реєстр вхідних документів (діловод, керівник)
</translation>
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
        <translation>Використання:
  kopii-cli register list [--from ДАТА] [--to ДАТА] [--json]
  kopii-cli register find НОМЕР [--json]
  kopii-cli register export [--from ДАТА] [--to ДАТА] [--csv ФАЙЛ] [--pdf ФАЙЛ]
  kopii-cli register prefix (--branch В | --service П) [ПРЕФІКС]

Кожне збережене надходження отримує реєстраційний номер — окремо за кожен рік, з префіксом його
послуги, а якщо його немає — відділення (наприклад, Ц-2026/000123). Номери ніколи не повторюються:
запис про видалене надходження залишається, із зазначенням коли і як його видалено. Дати — місцеві
(2026-12-31), обидві включно. --csv записує таблицю для Excel (UTF-8, «;»), --pdf — реєстр для друку
(A4, альбомна орієнтація). «prefix» (керівник) задає, з чого починаються нові номери відділення або
послуги; без префікса — прибирає його.
</translation>
    </message>
    <message>
        <source>  handoff package|folder           packages for the office&apos;s document system (clerk, manager)
</source>
        <translation>  handoff package|folder           пакети для системи документообігу установи (діловод, керівник)
</translation>
    </message>
    <message>
        <source>  inbox list [--json]              the received submissions (clerk, manager)
  inbox protocol ID DIR            a submission&apos;s verification protocol (PDF and ETSI XML)
  inbox hold ID REASON | release ID  a legal hold: no deletion until lifted (manager)
  inbox retention [--service S]    how long copies are kept (a manager changes it)
</source>
        <translation>  inbox list [--json]              отримані надходження (діловод, керівник)
  inbox protocol ID ТЕКА           протокол перевірки надходження (PDF і ETSI XML)
  inbox hold ID ПРИЧИНА | release ID  юридичне утримання: без видалення, доки не знято (керівник)
  inbox retention [--service П]    скільки зберігаються копії (змінює керівник)
</translation>
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
        <translation>Використання:
  kopii-cli handoff package ID ТЕКА [--zip] [--hot]
  kopii-cli handoff folder (--branch В | --service П) [ТЕКА] [--on-arrival]

Пакет містить файли надходження такими, якими вони надійшли, те, що охоплює кожен підпис,
протокол перевірки (PDF і ETSI XML) та реєстраційну картку (card.json, card.xml:
docs/formats/register-card.md); як тека або один .zip. --hot записує його як у теку передачі:
спершу під прихованою назвою, після завершення — перейменовує, потім поруч створює НАЗВА.done.
«folder» (керівник) задає теку передачі відділення або послуги: пакет кожного надходження
потрапляє туди, коли його позначено як опрацьоване, а з --on-arrival — щойно воно надійде
(після перевірки підписів службою стеження або робочим місцем). Без ТЕКИ — без передачі.
</translation>
    </message>
    <message>
        <source>  protocol intake|seal|export      the protocol kept at intake, and its seal (manager)
</source>
        <translation>  protocol intake|seal|export      протокол, збережений під час надходження, і його печатка (керівник)
</translation>
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
        <translation>Використання:
  kopii-cli protocol intake [on|off] [--seal-cert ФАЙЛ]
  kopii-cli protocol seal (--pkcs12 ФАЙЛ | --pkcs11 МОДУЛЬ [--token Т] [--cert ID]) [--pin-file Ф]
  kopii-cli protocol export ID ТЕКА

«intake on» (керівник): кожне надходження, що надійде відтепер, отримує протокол перевірки
(PDF і ETSI XML), щойно його підписи перевірено; протокол зберігається разом із ним як доказ
того, що і коли перевірено. --seal-cert вибирає ключ, яким їх скріплюють (печатка установи
або КЕП керівника: його сертифікат, .cer або .pem). «seal» скріплює цим ключем кожен
збережений протокол, ще не скріплений (CAdES, відокремлений, над PDF); служба стеження,
запущена з тими самими параметрами ключа, скріплює кожен під час надходження. Прийняття
ніколи не чекає на ключ. «export» записує збережений протокол надходження і його печатку
(protocol-ID-intake.pdf, .xml, .pdf.p7s).
</translation>
    </message>
</context>
<context>
    <name>InboxCommand</name>
    <message>
        <source>the number of days must be a whole number</source>
        <translation>кількість днів має бути цілим числом</translation>
    </message>
    <message>
        <source>Copies are deleted %1 day(s) after they are marked processed, and %2 day(s) after they arrived in any case.</source>
        <translation>Копії видаляються через %1 дн. після позначки «опрацьовано» і в будь-якому разі через %2 дн. після надходження.</translation>
    </message>
    <message>
        <source>Would delete %1 submission(s).</source>
        <translation>Буде видалено надходжень: %1.</translation>
    </message>
    <message>
        <source>Deleted %1 submission(s).</source>
        <translation>Видалено надходжень: %1.</translation>
    </message>
    <message>
        <source>inbox %1 needs the number of a submission</source>
        <translation>inbox %1 потребує номера надходження</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ще не перевірено</translation>
    </message>
    <message>
        <source>--verdict takes one of: %1</source>
        <translation>--verdict приймає одне з: %1</translation>
    </message>
    <message>
        <source>--state takes new, in-work or processed</source>
        <translation>--state приймає new, in-work або processed</translation>
    </message>
    <message>
        <source>No submissions yet.</source>
        <translation>Надходжень ще немає.</translation>
    </message>
    <message>
        <source>NOT READ: %1</source>
        <translation>НЕ ПРОЧИТАНО: %1</translation>
    </message>
    <message>
        <source>inbox protocol needs the number of a submission</source>
        <translation>inbox protocol потребує номера надходження</translation>
    </message>
    <message>
        <source>--document takes the number of a document (kopii-cli inbox show %1 lists them)</source>
        <translation>--document приймає номер документа (їх перелічує kopii-cli inbox show %1)</translation>
    </message>
    <message>
        <source>The submission is marked processed, but its package did not reach the hot folder: %1 Hand it on with kopii-cli handoff package %2 FOLDER --hot.</source>
        <translation>Надходження позначено як опрацьоване, але його пакет не потрапив у теку передачі: %1 Передайте його командою kopii-cli handoff package %2 ТЕКА --hot.</translation>
    </message>
    <message>
        <source>--workspace takes no days: the service then keeps copies as the workspace does</source>
        <translation>--workspace не приймає днів: тоді послуга зберігає копії так само, як робочий простір</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps copies as the workspace does: %2 day(s) after they are marked processed, and %3 day(s) after they arrived in any case.</source>
        <translation>«%1» зберігає копії так само, як робочий простір: %2 дн. після позначки «опрацьовано» і в будь-якому разі %3 дн. після надходження.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps copies %2 day(s) after they are marked processed, and %3 day(s) after they arrived in any case, whatever the workspace&apos;s retention.</source>
        <translation>«%1» зберігає копії %2 дн. після позначки «опрацьовано» і в будь-якому разі %3 дн. після надходження, незалежно від строку зберігання робочого простору.</translation>
    </message>
    <message>
        <source>Submission %1 is on legal hold: nobody and no retention deletes it until a manager lifts the hold (kopii-cli inbox release %1).</source>
        <translation>Надходження %1 під юридичним утриманням: його не видалить ні працівник, ні строк зберігання, доки керівник не зніме утримання (kopii-cli inbox release %1).</translation>
    </message>
    <message>
        <source>The legal hold of submission %1 is lifted: retention and deletion apply to it again.</source>
        <translation>Юридичне утримання надходження %1 знято: до нього знову застосовуються строк зберігання і видалення.</translation>
    </message>
    <message>
        <source>On legal hold: %1</source>
        <translation>Під юридичним утриманням: %1</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;inbox %1&quot;; use list, show, export, protocol, mark, delete, hold, release, purge or retention</source>
        <translation>невідома підкоманда «inbox %1»; використовуйте list, show, export, protocol, mark, delete, hold, release, purge або retention</translation>
    </message>
</context>
<context>
    <name>InboxRules</name>
    <message>
        <source>A submission is new, in-work or processed; &quot;%1&quot; is none of them.</source>
        <translation>Надходження може бути new (нове), in-work (у роботі) або processed (опрацьоване); «%1» — жодне з них.</translation>
    </message>
    <message>
        <source>Keep copies 0 to 3650 days after processing, and 1 to 3650 days at most.</source>
        <translation>Зберігайте копії від 0 до 3650 днів після опрацювання і щонайбільше від 1 до 3650 днів.</translation>
    </message>
    <message>
        <source>The maximum age (%1 days) cannot be shorter than the time kept after processing (%2 days).</source>
        <translation>Найбільший строк (%1 дн.) не може бути коротшим за строк після опрацювання (%2 дн.).</translation>
    </message>
    <message>
        <source>Retention needs 0 or more days after processing and at least one day of age.</source>
        <translation>Для строку зберігання потрібно 0 або більше днів після опрацювання і щонайменше один день віку.</translation>
    </message>
    <message>
        <source>On the office server, old copies are deleted by the watcher service, by the manager&apos;s retention policy: a desk does not delete them itself. To delete one submission now, use &quot;Delete&quot;.</source>
        <translation>На офісному сервері старі копії видаляє служба стеження за правилом зберігання, яке встановив керівник: робоче місце саме їх не видаляє. Щоб видалити одне надходження зараз, натисніть «Видалити».</translation>
    </message>
    <message>
        <source>Say why the submission is kept (for example, the court case or the request it is kept for).</source>
        <translation>Зазначте, чому надходження утримується (наприклад, судова справа чи запит, для якого його зберігають).</translation>
    </message>
    <message>
        <source>The reason is too long: say it in 500 characters or fewer.</source>
        <translation>Причина задовга: викладіть її не більше ніж у 500 символах.</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1: kept as a failed submission: %2</source>
        <translation>%1: збережено як непрочитане надходження: %2</translation>
    </message>
    <message>
        <source>Stored: %1; already stored: %2; failed (kept with the reason): %3</source>
        <translation>Збережено: %1; уже були: %2; непрочитані (збережено з причиною): %3</translation>
    </message>
    <message>
        <source>A package or a protocol at intake could not be done; it is tried again by the next watcher pass.</source>
        <translation>Пакет або протокол під час надходження не вдалося створити; це буде зроблено ще раз під час наступного проходу служби стеження.</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>The message has no PDF or P7S attachments.</source>
        <translation>Лист не має вкладень PDF або P7S.</translation>
    </message>
    <message>
        <source>There is no PDF or P7S file among these files.</source>
        <translation>Серед цих файлів немає PDF або P7S.</translation>
    </message>
</context>
<context>
    <name>IntakeProtocol</name>
    <message>
        <source>This is not a certificate Kopii can read (%1): choose the certificate of the seal or of the KEP that seals the protocols (a .cer or .crt file).</source>
        <translation>Це не сертифікат, який «Копії» можуть прочитати (%1): виберіть сертифікат печатки або КЕП, що скріплює протоколи (файл .cer або .crt).</translation>
    </message>
    <message>
        <source>read the submissions without a protocol</source>
        <translation>прочитати надходження без протоколу</translation>
    </message>
    <message>
        <source>keep the protocol</source>
        <translation>зберегти протокол</translation>
    </message>
    <message>
        <source>No key is chosen to seal the protocols: the manager chooses its certificate first (kopii-cli protocol intake on --seal-cert FILE).</source>
        <translation>Ключ для скріплення протоколів не вибрано: спершу керівник вибирає його сертифікат (kopii-cli protocol intake on --seal-cert ФАЙЛ).</translation>
    </message>
    <message>
        <source>%1 is not the key the manager chose to seal the protocols: nothing was sealed.</source>
        <translation>%1 — не той ключ, який керівник вибрав для скріплення протоколів: нічого не скріплено.</translation>
    </message>
    <message>
        <source>read the protocols to seal</source>
        <translation>прочитати протоколи для скріплення</translation>
    </message>
    <message>
        <source>keep the seal</source>
        <translation>зберегти печатку</translation>
    </message>
    <message>
        <source>read the protocol</source>
        <translation>прочитати протокол</translation>
    </message>
    <message>
        <source>Submission %1 has no protocol kept at intake: it arrived before the manager turned it on, or its signatures are not checked yet.</source>
        <translation>Для надходження %1 немає протоколу, збереженого під час надходження: воно надійшло раніше, ніж керівник це ввімкнув, або його підписи ще не перевірено.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Key file %1</source>
        <translation>Файловий ключ %1</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Файлу ключа %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Не вдалося прочитати файл ключа %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 завеликий для файлу ключа.</translation>
    </message>
    <message>
        <source>%1 is a Java key store (JKS). This version of Kopii opens PKCS#12 files (.p12, .pfx) and tokens; ask your provider for a PKCS#12 copy of the key.</source>
        <translation>%1 — це сховище ключів Java (JKS). Ця версія Копії відкриває файли PKCS#12 (.p12, .pfx) і токени; попросіть у свого надавача копію ключа у форматі PKCS#12.</translation>
    </message>
    <message>
        <source>%1 is protected with Ukrainian national algorithms (DSTU/GOST), which this version of Kopii cannot open yet.</source>
        <translation>%1 захищено українськими національними алгоритмами (ДСТУ/ГОСТ), які ця версія «Копій» ще не вміє відкривати.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>Пароль до %1 неправильний.</translation>
    </message>
    <message>
        <source>%1 uses Ukrainian national algorithms (DSTU/GOST), which this version of Kopii cannot open yet.</source>
        <translation>%1 використовує українські національні алгоритми (ДСТУ/ГОСТ), які ця версія «Копій» ще не вміє відкривати.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>Не вдалося відкрити %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation>У %1 немає особистого ключа.</translation>
    </message>
    <message>
        <source>%1 holds a key but not its certificate; add the certificate to the file.</source>
        <translation>У %1 є ключ, але немає його сертифіката; додайте сертифікат до файлу.</translation>
    </message>
    <message>
        <source>In %1 the certificate does not belong to the key.</source>
        <translation>У %1 сертифікат не належить до ключа.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds DSTU keys but no certificate for signing with them. Put the certificate file (.cer) your provider gave you next to the key file.</source>
        <translation>%1 містить ключі ДСТУ, але не сертифікат для підпису ними. Покладіть файл сертифіката (.cer), який видав ваш надавач, поруч із файлом ключа.</translation>
    </message>
    <message>
        <source>%1 is not a key file Kopii can open. It opens PKCS#12 files (.p12, .pfx), the .jks files of Ukrainian providers and IIT key files (Key-6.dat).</source>
        <translation>%1 не є файлом ключа, який Копії можуть відкрити. Копії відкривають файли PKCS#12 (.p12, .pfx), файли .jks українських надавачів і файли ключів ІІТ (Key-6.dat).</translation>
    </message>
    <message>
        <source>%1 asks for more rounds of password hashing than Kopii accepts; it may be damaged.</source>
        <translation>%1 вимагає більше раундів обчислення пароля, ніж приймають «Копії»; можливо, файл пошкоджено.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The certificate of %1 expired on %2. Log in with a valid certificate; your provider issues a new one.</source>
        <translation>Сертифікат %1 втратив чинність %2. Увійдіть із чинним сертифікатом; новий видає ваш надавач послуг.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2.</source>
        <translation>Сертифікат %1 чинний лише з %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not a signing certificate (it is for encryption or key agreement). Choose the signing certificate on the token or in the key file.</source>
        <translation>Сертифікат %1 не призначений для підпису (він для шифрування або узгодження ключів). Виберіть сертифікат підпису на токені або у файлі ключа.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Сертифікат %1 не довірений: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not a qualified one (KEP). Only a qualified electronic signature may set up Diia.QR; a non-qualified certificate works in a demo workspace only.</source>
        <translation>Сертифікат %1 не є кваліфікованим (КЕП). Налаштовувати Дія.QR можна лише з кваліфікованим електронним підписом; некваліфікований сертифікат працює тільки в демонстраційному робочому просторі.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not name its holder&apos;s RNOKPP, so Kopii cannot tell who is logging in. Use a personal KEP.</source>
        <translation>Сертифікат %1 не містить РНОКПП власника, тож «Копії» не можуть встановити, хто входить. Використайте особистий КЕП.</translation>
    </message>
    <message>
        <source>No certificate was chosen.</source>
        <translation>Сертифікат не вибрано.</translation>
    </message>
    <message>
        <source>No random numbers are available.</source>
        <translation>Немає джерела випадкових чисел.</translation>
    </message>
    <message>
        <source>The key did not prove that it belongs to the certificate: %1</source>
        <translation>Ключ не довів, що належить до сертифіката: %1</translation>
    </message>
    <message>
        <source>This workspace belongs to %1 (code %2); the certificate of %3 is not of its head.</source>
        <translation>Цей робочий простір належить %1 (код %2); сертифікат %3 не належить її керівникові.</translation>
    </message>
    <message>
        <source>The certificate names the EDRPOU %1 but not the organisation.</source>
        <translation>Сертифікат містить ЄДРПОУ %1, але не назву організації.</translation>
    </message>
    <message>
        <source>FOP %1</source>
        <translation>ФОП %1</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>цієї організації</translation>
    </message>
    <message>
        <source>%1 is not an employee of %2. A manager can add them by their RNOKPP on the Employees page (or with kopii-cli employee add).</source>
        <translation>%1 не є працівником організації «%2». Керівник може додати цю особу за РНОКПП на сторінці «Працівники» (або командою kopii-cli employee add).</translation>
    </message>
    <message>
        <source>CRL of the issuer</source>
        <translation>СВС видавця</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked on %2 (%3). Log in with a valid certificate.</source>
        <translation>Сертифікат %1 відкликано %2 (%3). Увійдіть із чинним сертифікатом.</translation>
    </message>
    <message>
        <source>The issuer of %1&apos;s certificate does not know it (%2): it cannot log in.</source>
        <translation>Видавець сертифіката %1 його не знає (%2): з ним не можна увійти.</translation>
    </message>
    <message>
        <source>This workspace of %1 was set up for its head, %2; %3 cannot claim it. The head logs in first and then adds the employees.</source>
        <translation>Цей робочий простір %1 налаштовано для керівника — %2; %3 не може його зайняти. Спершу входить керівник, а тоді додає працівників.</translation>
    </message>
    <message>
        <source>Kopii could not check whether the certificate of %1 was revoked (%2), and the first login makes its holder the manager. Connect to the internet, or import the current CRL of your provider (kopii-cli trust import, or &quot;Import CA certificates…&quot; in the login dialog), then log in again.</source>
        <translation>Копії не змогли перевірити, чи не відкликано сертифікат %1 (%2), а перший вхід робить його власника керівником. Під’єднайтеся до інтернету або імпортуйте чинний СВС свого надавача (kopii-cli trust import або «Імпортувати сертифікати ЦСК…» у вікні входу), а тоді увійдіть знову.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <source>This connection to the office server is not the desk of %1. Connect to the server with your own name on it, then log in with your own KEP.</source>
        <translation>Це з’єднання із сервером установи — не робоче місце %1. Під’єднайтеся до сервера під власним ім’ям на ньому, а тоді увійдіть зі своїм КЕП.</translation>
    </message>
    <message>
        <source>The watcher service&apos;s login cannot be used at a desk.</source>
        <translation>Обліковий запис служби стеження не можна використовувати на робочому місці.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>login needs --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation>login потребує --pkcs12 ФАЙЛ або --pkcs11 МОДУЛЬ</translation>
    </message>
    <message>
        <source>Logged in: %1, RNOKPP %2</source>
        <translation>Вхід виконано: %1, РНОКПП %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Організація: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>The organisation was created from the certificate; you are its manager.</source>
        <translation>Організацію створено з даних сертифіката; ви — її керівник.</translation>
    </message>
</context>
<context>
    <name>MailDiagnostics</name>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>GMime</source>
        <translation>GMime</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Поштові скриньки</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>не налаштовано</translation>
    </message>
    <message>
        <source>no encryption (this computer only)</source>
        <translation>без шифрування (лише цей комп’ютер)</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>востаннє перевірено %1</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>ще не перевірялася</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>без помилок</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>остання помилка: %1</translation>
    </message>
    <message>
        <source>Mailbox «%1»</source>
        <translation>Скринька «%1»</translation>
    </message>
    <message>
        <source>certificate checked against CAs</source>
        <translation>сертифікат перевіряється за ЦСК</translation>
    </message>
    <message>
        <source>certificate pinned</source>
        <translation>сертифікат закріплено</translation>
    </message>
</context>
<context>
    <name>MailPresets</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it looks like name@example.ua, with one @ and the provider&apos;s domain after it.</source>
        <translation>«%1» — не адреса електронної пошти: вона має вигляд name@example.ua, з одним @ і доменом постачальника після нього.</translation>
    </message>
    <message>
        <source>E-mail address: enter it as name@example.ua.</source>
        <translation>Адреса електронної пошти: введіть її у вигляді name@example.ua.</translation>
    </message>
    <message>
        <source>ukr.net lets mail programs in only after you allow it: open mail.ukr.net, go to Settings, the part about mail programs (IMAP), switch access on and create the password for mail programs there. Enter that password here, not the one you use on the website.</source>
        <translation>ukr.net пускає поштові програми лише після вашого дозволу: відкрийте mail.ukr.net, перейдіть у «Налаштування», до розділу про поштові програми (IMAP), увімкніть доступ і створіть там пароль для поштових програм. Введіть тут саме цей пароль, а не той, з яким ви входите на сайт.</translation>
    </message>
    <message>
        <source>Gmail: sign in with the Google account (your organisation&apos;s client id is needed, see the manual), or choose Password and use an app password: Google account, Security, 2-Step Verification, App passwords. Google does not accept the account&apos;s own password from mail programs.</source>
        <translation>Gmail: увійдіть через обліковий запис Google (потрібен ідентифікатор застосунку вашої організації, див. посібник) або виберіть «Пароль» і використайте пароль застосунку: обліковий запис Google → Безпека → Двоетапна перевірка → Паролі застосунків. Власний пароль облікового запису Google від поштових програм не приймає.</translation>
    </message>
    <message>
        <source>%1 receives its mail at Google Workspace: sign in with the Google account. Your Workspace administrator must allow IMAP and register Kopii as the organisation&apos;s application (see the manual).</source>
        <translation>%1 отримує пошту в Google Workspace: увійдіть через обліковий запис Google. Адміністратор Workspace має дозволити IMAP і зареєструвати «Копії» як застосунок організації (див. посібник).</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts no passwords from mail programs: sign in with the Microsoft account. Your organisation&apos;s administrator registers Kopii as an application and switches IMAP on for the mailbox (see the manual).</source>
        <translation>Microsoft 365 не приймає паролів від поштових програм: увійдіть через обліковий запис Microsoft. Адміністратор вашої організації реєструє «Копії» як застосунок і вмикає IMAP для скриньки (див. посібник).</translation>
    </message>
    <message>
        <source>i.ua offers no access for mail programs (IMAP), so Kopii cannot read this mailbox. Create a mailbox at another provider (ukr.net, Gmail, your organisation&apos;s own), set i.ua to forward all mail to it, and add that mailbox here.</source>
        <translation>i.ua не дає доступу поштовим програмам (IMAP), тому «Копії» не можуть читати цю скриньку. Створіть скриньку в іншого постачальника (ukr.net, Gmail, власну скриньку організації), налаштуйте в i.ua пересилання всієї пошти на неї і додайте тут ту скриньку.</translation>
    </message>
    <message>
        <source>meta.ua: if the sign-in is refused, check in the mailbox&apos;s settings on the website that access for mail programs (IMAP) is switched on.</source>
        <translation>meta.ua: якщо вхід не вдається, перевірте в налаштуваннях скриньки на сайті, що доступ для поштових програм (IMAP) увімкнено.</translation>
    </message>
    <message>
        <source>A state body&apos;s mail server often has a certificate from the body&apos;s own certification authority. If the connection test says the certificate is not trusted, ask your administrator for the authority&apos;s certificate (a .pem file) or for the server certificate&apos;s SHA-256 fingerprint, and pin it.</source>
        <translation>Поштовий сервер органу влади часто має сертифікат від власного центру сертифікації органу. Якщо перевірка з’єднання каже, що сертифікат не довірений, попросіть в адміністратора сертифікат цього центру (файл .pem) або відбиток SHA-256 сертифіката сервера і закріпіть його.</translation>
    </message>
    <message>
        <source>Kopii does not know %1 and guessed the server&apos;s name. If the connection test fails, look up the IMAP server in your provider&apos;s help pages or ask your administrator.</source>
        <translation>«Копії» не знають %1 і вгадали назву сервера. Якщо перевірка з’єднання не вдасться, знайдіть сервер IMAP у довідці свого постачальника або запитайте адміністратора.</translation>
    </message>
</context>
<context>
    <name>MailboxCommand</name>
    <message>
        <source>mailbox add takes --ca-file or --pin-sha256, not both</source>
        <translation>mailbox add приймає --ca-file або --pin-sha256, але не обидва</translation>
    </message>
    <message>
        <source>--security takes tls, starttls or none</source>
        <translation>--security приймає tls, starttls або none</translation>
    </message>
    <message>
        <source>--port takes a number</source>
        <translation>--port приймає число</translation>
    </message>
    <message>
        <source>Mailbox %1 added. Check it with: kopii-cli mailbox test %1</source>
        <translation>Скриньку %1 додано. Перевірте її: kopii-cli mailbox test %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>остання помилка: %1</translation>
    </message>
    <message>
        <source>If you have checked with your provider that this is your server&apos;s certificate, pin it: kopii-cli mailbox add … --pin-sha256 %1</source>
        <translation>Якщо ви перевірили з постачальником пошти, що це сертифікат саме вашого сервера, закріпіть його: kopii-cli mailbox add … --pin-sha256 %1</translation>
    </message>
    <message>
        <source>Connected, logged in and opened &quot;%1&quot;.</source>
        <translation>З&apos;єднано, вхід виконано, теку «%1» відкрито.</translation>
    </message>
    <message>
        <source>Server certificate SHA-256: %1</source>
        <translation>SHA-256 сертифіката сервера: %1</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Можливості: %1</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and allow Kopii to read the mailbox:</source>
        <translation>Відкрийте цю адресу в браузері на цьому комп’ютері й дозвольте «Копіям» читати скриньку:</translation>
    </message>
    <message>
        <source>To let Kopii read the mailbox, open %1 on a phone or a computer, sign in to %2 and enter the code %3 (valid until %4).</source>
        <translation>Щоб дозволити «Копіям» читати скриньку, відкрийте %1 на телефоні чи комп’ютері, увійдіть у %2 і введіть код %3 (дійсний до %4).</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C stops)</source>
        <translation>Чекаємо на дозвіл… (Ctrl+C — зупинити)</translation>
    </message>
    <message>
        <source>%1 gave no lasting permission (no refresh token): Kopii would have to ask again within the hour. Check that the application may ask for offline access.</source>
        <translation>%1 не дав тривалого дозволу (немає токена оновлення): «Копіям» довелося б просити знову протягом години. Перевірте, чи застосунку дозволено просити доступ офлайн.</translation>
    </message>
    <message>
        <source>Signed in with %1; the permission is kept in %2 (readable by you only).</source>
        <translation>Вхід через %1 виконано; дозвіл збережено в %2 (його можете читати лише ви).</translation>
    </message>
    <message>
        <source>--auth takes password or oauth2</source>
        <translation>--auth приймає password або oauth2</translation>
    </message>
    <message>
        <source>mailbox add --auth oauth2 needs --provider and --token-file</source>
        <translation>для mailbox add --auth oauth2 потрібні --provider і --token-file</translation>
    </message>
    <message>
        <source>%1 needs the client id of the application your organisation registered: --client-id ID</source>
        <translation>Для %1 потрібен ідентифікатор застосунку (client id), який зареєструвала ваша організація: --client-id ID</translation>
    </message>
    <message>
        <source>A mailbox named &quot;%1&quot; already exists.</source>
        <translation>Скринька з назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>The mailbox &quot;%1&quot; signs in with a password, not with a provider.</source>
        <translation>Скринька «%1» входить із паролем, а не через постачальника.</translation>
    </message>
    <message>
        <source>mailbox sign-in needs --token-file FILE</source>
        <translation>для mailbox sign-in потрібен --token-file ФАЙЛ</translation>
    </message>
    <message>
        <source>mailbox add needs --name, --host and --user (or --email ADDRESS)</source>
        <translation>для mailbox add потрібні --name, --host і --user (або --email АДРЕСА)</translation>
    </message>
    <message>
        <source>Server: %1, port %2 (%3)</source>
        <translation>Сервер: %1, порт %2 (%3)</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Вхід: %1</translation>
    </message>
    <message>
        <source>Google account (OAuth 2.0)</source>
        <translation>обліковий запис Google (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Microsoft 365 account (OAuth 2.0)</source>
        <translation>обліковий запис Microsoft 365 (OAuth 2.0)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;mailbox %1&quot;; use add, preset, sign-in, list, test or remove</source>
        <translation>невідома підкоманда «mailbox %1»; використовуйте add, preset, sign-in, list, test або remove</translation>
    </message>
    <message>
        <source>%1 could not be told to withdraw Kopii&apos;s permission (%2); withdraw it in the account&apos;s security settings.</source>
        <translation>%1 не вдалося попросити відкликати дозвіл «Копій» (%2); відкличте його в налаштуваннях безпеки облікового запису.</translation>
    </message>
</context>
<context>
    <name>MailboxRules</name>
    <message>
        <source>There is no mailbox &quot;%1&quot;.</source>
        <translation>Немає скриньки «%1».</translation>
    </message>
    <message>
        <source>Name: must have 1 to 64 characters.</source>
        <translation>Назва: має містити від 1 до 64 символів.</translation>
    </message>
    <message>
        <source>Server: enter the IMAP server&apos;s name, e.g. imap.ukr.net.</source>
        <translation>Сервер: введіть назву сервера IMAP, напр. imap.ukr.net.</translation>
    </message>
    <message>
        <source>Port: must be 1 to 65535.</source>
        <translation>Порт: має бути від 1 до 65535.</translation>
    </message>
    <message>
        <source>User: enter the login of the mailbox.</source>
        <translation>Користувач: введіть логін скриньки.</translation>
    </message>
    <message>
        <source>Security: unencrypted IMAP would send the password and the citizens&apos; documents in the clear; it is allowed only to this computer. Use TLS or STARTTLS.</source>
        <translation>Захист: нешифрований IMAP передавав би пароль і документи громадян відкрито; він дозволений лише до цього комп&apos;ютера. Використовуйте TLS або STARTTLS.</translation>
    </message>
    <message>
        <source>After ingest: use keep, flag:KEYWORD (letters, digits and $_.+:- only, at most 64) or move:FOLDER (no control characters).</source>
        <translation>Після отримання: keep, flag:КЛЮЧОВЕ_СЛОВО (лише латинські літери, цифри та $_.+:-, не більше 64) або move:ТЕКА (без керівних символів).</translation>
    </message>
    <message>
        <source>Folder: enter the folder&apos;s name, e.g. INBOX (no control characters).</source>
        <translation>Тека: введіть назву теки, наприклад INBOX (без керівних символів).</translation>
    </message>
    <message>
        <source>Certificate fingerprint: 64 hexadecimal digits (SHA-256).</source>
        <translation>Відбиток сертифіката: 64 шістнадцяткові цифри (SHA-256).</translation>
    </message>
    <message>
        <source>A mailbox named &quot;%1&quot; already exists.</source>
        <translation>Скринька з назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>Sign-in with %1: enter the client id of the application your organisation registered with %1 (see the manual&apos;s chapter on mailboxes with Google and Microsoft).</source>
        <translation>Вхід через %1: введіть ідентифікатор застосунку (client id), який ваша організація зареєструвала в %1 (див. розділ посібника про скриньки Google і Microsoft).</translation>
    </message>
</context>
<context>
    <name>MailboxSql</name>
    <message>
        <source>read the mailboxes</source>
        <translation>прочитати скриньки</translation>
    </message>
    <message>
        <source>add the mailbox</source>
        <translation>додати скриньку</translation>
    </message>
    <message>
        <source>change the mailbox</source>
        <translation>змінити скриньку</translation>
    </message>
    <message>
        <source>There is no mailbox number %1.</source>
        <translation>Немає скриньки номер %1.</translation>
    </message>
    <message>
        <source>remove the mailbox</source>
        <translation>вилучити скриньку</translation>
    </message>
    <message>
        <source>save the mailbox state</source>
        <translation>зберегти стан скриньки</translation>
    </message>
    <message>
        <source>read the mailbox state</source>
        <translation>прочитати стан поштової скриньки</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Trust a new root certificate?</source>
        <translation>Довіряти новому кореневому сертифікату?</translation>
    </message>
    <message>
        <source>The file holds the root certificate &quot;%1&quot;. Whoever holds its key could make any signature look valid, so Kopii trusts a root only when you confirm it.

SHA-256 fingerprint:
%2

Compare it with the fingerprint the provider publishes (on its website or in its letter). Trust this root only when they are the same.</source>
        <translation>Файл містить кореневий сертифікат «%1». Власник його ключа може зробити будь-який підпис схожим на дійсний, тому «Копії» довіряють кореневому сертифікату лише після вашого підтвердження.

Відбиток SHA-256:
%2

Порівняйте його з відбитком, який публікує надавач (на своєму сайті або в листі). Довіряйте цьому сертифікату, лише якщо вони однакові.</translation>
    </message>
    <message>
        <source>Trust this root</source>
        <translation>Довіряти цьому сертифікату</translation>
    </message>
</context>
<context>
    <name>MimeParser</name>
    <message>
        <source>The message is empty.</source>
        <translation>Лист порожній.</translation>
    </message>
    <message>
        <source>The message cannot be read as e-mail (MIME).</source>
        <translation>Лист не вдається прочитати як електронний лист (MIME).</translation>
    </message>
    <message>
        <source>The message has no body.</source>
        <translation>Лист не має вмісту.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts or more than %2 documents, more than Kopii reads in one message. A citizen&apos;s Diia copy is never like this; if the sender is genuine, ask them to send the documents in several messages.</source>
        <translation>Лист має понад %1 частин або понад %2 документів — більше, ніж «Копії» читають з одного листа. Копія громадянина з Дії ніколи не буває такою; якщо відправник справжній, попросіть його надіслати документи кількома листами.</translation>
    </message>
</context>
<context>
    <name>NationalKeyFile</name>
    <message>
        <source>The key file is damaged: its structure cannot be read.</source>
        <translation>Файл ключа пошкоджено: його структуру неможливо прочитати.</translation>
    </message>
    <message>
        <source>The key file protects its keys with a scheme this version of Kopii does not open yet.</source>
        <translation>Файл ключа захищає ключі способом, який ця версія «Копій» ще не вміє відкривати.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Пароль неправильний.</translation>
    </message>
    <message>
        <source>The key file holds no private key.</source>
        <translation>У файлі ключа немає особистого ключа.</translation>
    </message>
    <message>
        <source>The password is wrong. A Java key store has a password of its own and one for the key: Kopii needs the key&apos;s.</source>
        <translation>Пароль неправильний. Сховище ключів Java має власний пароль і окремий пароль ключа: «Копіям» потрібен пароль ключа.</translation>
    </message>
    <message>
        <source>The key file is damaged: %1</source>
        <translation>Файл ключа пошкоджено: %1</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>The provider has no id (&quot;id&quot;: a short name such as &quot;keycloak&quot;).</source>
        <translation>У постачальника немає ідентифікатора («id»: коротка назва, наприклад «keycloak»).</translation>
    </message>
    <message>
        <source>The provider&apos;s &quot;%1&quot; must be an https:// address (http:// only to this computer itself, for tests).</source>
        <translation>«%1» постачальника має бути адресою https:// (http:// — лише до самого цього комп’ютера, для тестів).</translation>
    </message>
    <message>
        <source>The provider names no scopes (&quot;scopes&quot;: what Kopii asks to be allowed, such as the right to read mail over IMAP).</source>
        <translation>Постачальник не називає областей доступу («scopes»: що «Копії» просять дозволити, наприклад право читати пошту через IMAP).</translation>
    </message>
    <message>
        <source>&quot;imap_mechanism&quot; is &quot;xoauth2&quot; or &quot;oauthbearer&quot;.</source>
        <translation>«imap_mechanism» — це «xoauth2» або «oauthbearer».</translation>
    </message>
    <message>
        <source>The OAuth 2.0 provider&apos;s description is incomplete.</source>
        <translation>Опис постачальника OAuth 2.0 неповний.</translation>
    </message>
    <message>
        <source>Cannot read the provider file %1: %2.</source>
        <translation>Не вдалося прочитати файл постачальника %1: %2.</translation>
    </message>
    <message>
        <source>The provider file %1 is too big to be a provider&apos;s description.</source>
        <translation>Файл постачальника %1 завеликий для опису постачальника.</translation>
    </message>
    <message>
        <source>The provider file %1 is not a JSON object (see docs/mail-oauth.md for its form).</source>
        <translation>Файл постачальника %1 не є об’єктом JSON (його форму описано в docs/mail-oauth.md).</translation>
    </message>
    <message>
        <source>The provider&apos;s discovery document names another issuer than %1; it is not used.</source>
        <translation>Документ виявлення постачальника називає іншого видавця, ніж %1; його не використано.</translation>
    </message>
    <message>
        <source>There is no OAuth 2.0 provider &quot;%1&quot;: give %2, or a provider file (.json).</source>
        <translation>Постачальника OAuth 2.0 «%1» немає: вкажіть %2 або файл постачальника (.json).</translation>
    </message>
</context>
<context>
    <name>OfficeServer</name>
    <message>
        <source>&quot;%1&quot; cannot be a desk&apos;s name on the office server: use 1 to 48 lower-case Latin letters, digits and &apos;_&apos;, starting with a letter and not with &quot;kopii_&quot; or &quot;pg_&quot; (for example olena_koval).</source>
        <translation>«%1» не може бути назвою робочого місця на сервері установи: використайте від 1 до 48 малих латинських літер, цифр і «_», починаючи з літери, але не з «kopii_» чи «pg_» (наприклад, olena_koval).</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>прочитати журнал змін</translation>
    </message>
    <message>
        <source>A workspace folder on this computer is not an office server: give the server&apos;s address (postgresql://...).</source>
        <translation>Робочий простір на цьому комп’ютері — не сервер установи: вкажіть адресу сервера (postgresql://...).</translation>
    </message>
    <message>
        <source>set up the office server</source>
        <translation>налаштувати сервер установи</translation>
    </message>
    <message>
        <source>Setting up the office server needs the database&apos;s owner with the right to create roles (CREATEROLE): connect as the administrator who created the database %1 (docs/office-server.md).</source>
        <translation>Для налаштування сервера установи потрібен власник бази даних із правом створювати ролі (CREATEROLE): під’єднайтеся як адміністратор, який створив базу даних %1 (docs/office-server.md).</translation>
    </message>
    <message>
        <source>The password for %1 is too short: give at least 12 characters.</source>
        <translation>Пароль для %1 закороткий: вкажіть щонайменше 12 символів.</translation>
    </message>
    <message>
        <source>add the desk</source>
        <translation>додати робоче місце</translation>
    </message>
    <message>
        <source>The office server already has a login named %1. Choose another name for the desk, or remove the old one first (kopii-cli server remove-desk %1).</source>
        <translation>На сервері установи вже є обліковий запис %1. Виберіть іншу назву для робочого місця або спершу вилучіть старе (kopii-cli server remove-desk %1).</translation>
    </message>
    <message>
        <source>A clerk works on the submissions of her branches: name at least one branch for %1.</source>
        <translation>Діловод працює з надходженнями своїх відділень: вкажіть для %1 щонайменше одне відділення.</translation>
    </message>
    <message>
        <source>assign the branch</source>
        <translation>призначити відділення</translation>
    </message>
    <message>
        <source>add the watcher</source>
        <translation>додати службу стеження</translation>
    </message>
    <message>
        <source>remove the desk</source>
        <translation>вилучити робоче місце</translation>
    </message>
    <message>
        <source>The office server has no desk named %1.</source>
        <translation>На сервері установи немає робочого місця %1.</translation>
    </message>
    <message>
        <source>read the desks</source>
        <translation>прочитати робочі місця</translation>
    </message>
    <message>
        <source>The database %1 is not an office server yet: set it up with &quot;kopii-cli server init&quot;.</source>
        <translation>База даних %1 ще не є сервером установи: налаштуйте її командою «kopii-cli server init».</translation>
    </message>
</context>
<context>
    <name>OfficialPdf</name>
    <message>
        <source>Printing documents needs the graphical part of Qt.</source>
        <translation>Для друку документів потрібна графічна частина Qt.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Не вдалося записати PDF.</translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <source>The workspace has no organisation yet. Create it with &quot;kopii-cli org set&quot;.</source>
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
        <source>unknown subcommand &quot;org %1&quot;; use show or set</source>
        <translation>невідома підкоманда «org %1»; використовуйте show або set</translation>
    </message>
</context>
<context>
    <name>OrganizationRules</name>
    <message>
        <source>There is no branch named &quot;%1&quot;.</source>
        <translation>Немає відділення з назвою «%1».</translation>
    </message>
    <message>
        <source>%1: another branch is already called &quot;%2&quot;; choose a different name</source>
        <translation>%1: інше відділення вже називається «%2»; виберіть іншу назву</translation>
    </message>
    <message>
        <source>%1: %2 already receives the copies of branch &quot;%3&quot;; each branch needs its own address</source>
        <translation>%1: на %2 вже надходять копії відділення «%3»; кожному відділенню потрібна власна адреса</translation>
    </message>
    <message numerus="yes">
        <source>Branch &quot;%1&quot; is used by %n service(s): %2. Take it off those services first, or remove it from them together with the branch.</source>
        <translation>
            <numerusform>Відділення «%1» використовує %n послуга: %2. Спершу зніміть його з цієї послуги або зніміть його з неї разом із видаленням.</numerusform>
            <numerusform>Відділення «%1» використовують %n послуги: %2. Спершу зніміть його з цих послуг або зніміть його з них разом із видаленням.</numerusform>
            <numerusform>Відділення «%1» використовують %n послуг: %2. Спершу зніміть його з цих послуг або зніміть його з них разом із видаленням.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no service named &quot;%1&quot;.</source>
        <translation>Немає послуги з назвою «%1».</translation>
    </message>
    <message>
        <source>%1: there is no branch with number %2</source>
        <translation>%1: немає відділення з номером %2</translation>
    </message>
    <message>
        <source>%1: another service is already called &quot;%2&quot;; choose a different name</source>
        <translation>%1: інша послуга вже називається «%2»; виберіть іншу назву</translation>
    </message>
    <message>
        <source>The signed document is incomplete: it needs the document, its signature and the signing time.</source>
        <translation>Підписаний документ неповний: потрібні документ, його підпис і час підписання.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is not offered at the branch &quot;%2&quot;: add the branch to the service first.</source>
        <translation>Послуга «%1» не надається у відділенні «%2»: спершу додайте відділення до послуги.</translation>
    </message>
    <message>
        <source>Kopii keeps only the Diia portal&apos;s codes: the Diia app cannot open any other.</source>
        <translation>«Копії» зберігають лише коди з порталу Дії: жодного іншого застосунок Дія відкрити не може.</translation>
    </message>
</context>
<context>
    <name>OrganizationSql</name>
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
        <source>save the service&apos;s branches</source>
        <translation>зберегти відділення послуги</translation>
    </message>
    <message>
        <source>save the service&apos;s documents</source>
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
        <source>read the signed documents</source>
        <translation>прочитати підписані документи</translation>
    </message>
    <message>
        <source>save the signed document</source>
        <translation>зберегти підписаний документ</translation>
    </message>
    <message>
        <source>read the QR codes</source>
        <translation>прочитати QR-коди</translation>
    </message>
    <message>
        <source>save the QR code</source>
        <translation>зберегти QR-код</translation>
    </message>
    <message>
        <source>remove the QR code</source>
        <translation>вилучити QR-код</translation>
    </message>
    <message>
        <source>There is no QR code for this service at this branch.</source>
        <translation>Для цієї послуги в цьому відділенні немає QR-коду.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>the PDF cannot be opened (it is damaged or protected by a password)</source>
        <translation>PDF не вдається відкрити (він пошкоджений або захищений паролем)</translation>
    </message>
    <message>
        <source>it has %1 pages, more than the %2 Kopii shows</source>
        <translation>він має %1 сторінок — більше за %2, які показують «Копії»</translation>
    </message>
    <message>
        <source>the PDF is larger than 256 MB</source>
        <translation>PDF більший за 256 МБ</translation>
    </message>
    <message>
        <source>the rendering helper could not lock itself down on this computer, so it did not open the file</source>
        <translation>помічник показу не зміг ізолювати себе на цьому комп’ютері, тому файл не відкрито</translation>
    </message>
    <message>
        <source>the rendering helper failed</source>
        <translation>помічник показу зазнав збою</translation>
    </message>
    <message>
        <source>the rendering helper kopii-render is missing; install Kopii again</source>
        <translation>помічника показу kopii-render немає; встановіть «Копії» ще раз</translation>
    </message>
    <message>
        <source>no private folder for the rendering helper: %1</source>
        <translation>немає окремої теки для помічника показу: %1</translation>
    </message>
    <message>
        <source>the rendering helper could not be started: %1</source>
        <translation>помічника показу не вдалося запустити: %1</translation>
    </message>
    <message numerus="yes">
        <source>rendering took longer than %n second(s)</source>
        <translation>
            <numerusform>показ тривав довше за %n секунду</numerusform>
            <numerusform>показ тривав довше за %n секунди</numerusform>
            <numerusform>показ тривав довше за %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>the rendering helper stopped unexpectedly</source>
        <translation>помічник показу несподівано зупинився</translation>
    </message>
    <message>
        <source>the rendering helper gave a wrong answer</source>
        <translation>помічник показу дав неправильну відповідь</translation>
    </message>
    <message>
        <source>there is not enough memory to show the page</source>
        <translation>бракує пам’яті, щоб показати сторінку</translation>
    </message>
    <message>
        <source>the PDF has no page %1</source>
        <translation>у PDF немає сторінки %1</translation>
    </message>
    <message>
        <source>rendering was cancelled</source>
        <translation>показ скасовано</translation>
    </message>
    <message>
        <source>the rendering helper cannot be fenced in on this computer, so it is not started</source>
        <translation>помічника показу не вдається ізолювати на цьому комп’ютері, тому його не запущено</translation>
    </message>
    <message>
        <source>the rendering helper did not say its version</source>
        <translation>допоміжна програма показу PDF не повідомила своєї версії</translation>
    </message>
</context>
<context>
    <name>PdfSignatures</name>
    <message>
        <source>The signature does not cover the start of the file (its byte range starts at %1).</source>
        <translation>Підпис не охоплює початок файлу (його діапазон байтів починається з %1).</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range points outside the file: it is damaged or was tampered with.</source>
        <translation>Діапазон байтів підпису виходить за межі файлу: файл пошкоджено або підроблено.</translation>
    </message>
    <message>
        <source>The part of the file the signature leaves out holds more than the signature value: something unsigned may be hidden there.</source>
        <translation>Частина файлу, яку підпис не охоплює, містить більше, ніж значення підпису: там може бути приховано щось непідписане.</translation>
    </message>
    <message>
        <source>The part of the file the signature leaves out is not its /Contents value.</source>
        <translation>Частина файлу, яку підпис не охоплює, не є його значенням /Contents.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range and its value are in different objects of the file.</source>
        <translation>Діапазон байтів підпису та його значення містяться в різних об’єктах файлу.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is not itself covered by the signature.</source>
        <translation>Сам діапазон байтів підпису не охоплено підписом.</translation>
    </message>
    <message>
        <source>The signature field is empty: the file was prepared for a signature but never signed.</source>
        <translation>Поле підпису порожнє: файл підготували до підписання, але не підписали.</translation>
    </message>
    <message>
        <source>The document timestamp in the PDF</source>
        <translation>Позначка часу документа в PDF</translation>
    </message>
    <message>
        <source>The signature in the PDF</source>
        <translation>Підпис у PDF</translation>
    </message>
    <message>
        <source>Document timestamp (%1 of %2 in the PDF)</source>
        <translation>Позначка часу документа (%1 з %2 у PDF)</translation>
    </message>
    <message>
        <source>Signature %1 of %2 in the PDF</source>
        <translation>Підпис %1 з %2 у PDF</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation>Позначка часу документа</translation>
    </message>
    <message>
        <source>The PDF carries no signature of its own.</source>
        <translation>PDF не містить власного підпису.</translation>
    </message>
    <message>
        <source>The PDF signature is of a kind (%1) that this version of Kopii cannot check.</source>
        <translation>Підпис у PDF належить до виду (%1), який ця версія «Копій» ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>no SubFilter</source>
        <translation>без SubFilter</translation>
    </message>
    <message>
        <source>The signature covers the whole file as received (all but its own value).</source>
        <translation>Підпис охоплює весь отриманий файл (усе, крім власного значення).</translation>
    </message>
    <message>
        <source>The file was added to after this signature (%1 of %2 bytes signed); a later signature or timestamp covers the additions, this one does not.</source>
        <translation>Після цього підпису до файлу щось додали (підписано %1 з %2 байтів); додане охоплює пізніший підпис або позначка часу, а цей підпис — ні.</translation>
    </message>
    <message>
        <source>The file was added to after it was signed (%1 of %2 bytes signed), and no signature covers the additions: Kopii shows the version that was signed.</source>
        <translation>Після підписання до файлу щось додали (підписано %1 з %2 байтів), і жоден підпис не охоплює доданого: «Копії» показують підписану версію.</translation>
    </message>
    <message>
        <source>Signed part of the PDF</source>
        <translation>Підписана частина PDF</translation>
    </message>
    <message>
        <source>Counter-signature on: %1</source>
        <translation>Контрпідпис на: %1</translation>
    </message>
    <message>
        <source>The signature value in the PDF cannot be read: it is not a CMS signature.</source>
        <translation>Значення підпису в PDF неможливо прочитати: це не підпис CMS.</translation>
    </message>
</context>
<context>
    <name>Pkcs11Module</name>
    <message>
        <source>Token %1</source>
        <translation>Токен %1</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries. Unlock it with the PUK code, or ask the provider that issued the token.</source>
        <translation>PIN заблоковано після надто багатьох невдалих спроб. Розблокуйте його PUK-кодом або зверніться до надавача, що видав токен.</translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>Остання спроба: ще один неправильний PIN заблокує токен.</translation>
    </message>
    <message>
        <source>A wrong PIN was entered before; few tries remain before the token locks.</source>
        <translation>Раніше вже вводили неправильний PIN; до блокування токена лишилося мало спроб.</translation>
    </message>
    <message>
        <source>The token asks for its PIN to be changed; change it with the provider&apos;s program.</source>
        <translation>Токен вимагає змінити PIN; змініть його програмою надавача.</translation>
    </message>
    <message>
        <source>No PKCS#11 module is configured. Install OpenSC or your token vendor&apos;s software and choose its module (a .so or .dll file).</source>
        <translation>Модуль PKCS#11 не налаштовано. Встановіть OpenSC або програму виробника токена і виберіть її модуль (файл .so або .dll).</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>Модуля PKCS#11 %1 не існує.</translation>
    </message>
    <message>
        <source>libp11 could not start.</source>
        <translation>Не вдалося запустити libp11.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 could not be loaded (%2). Is it a PKCS#11 library for this computer?</source>
        <translation>Не вдалося завантажити модуль PKCS#11 %1 (%2). Чи це бібліотека PKCS#11 для цього комп’ютера?</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <source>The token %1 has been removed.</source>
        <translation>Токен %1 від’єднано.</translation>
    </message>
    <message>
        <source>The readers of %1 could not be listed: %2.</source>
        <translation>Не вдалося отримати перелік зчитувачів %1: %2.</translation>
    </message>
    <message>
        <source>The token %1 is no longer there.</source>
        <translation>Токена %1 більше немає.</translation>
    </message>
    <message>
        <source>The certificates on %1 could not be read: %2.</source>
        <translation>Не вдалося прочитати сертифікати на %1: %2.</translation>
    </message>
    <message>
        <source>Enter the PIN of the token %1.</source>
        <translation>Введіть PIN токена %1.</translation>
    </message>
    <message>
        <source>The PIN of this token has %1 to %2 characters; the one entered has %3. Nothing was sent to the token.</source>
        <translation>PIN цього токена має від %1 до %2 символів; введений має %3. На токен нічого не надіслано.</translation>
    </message>
    <message>
        <source>The chosen certificate is not on the token %1.</source>
        <translation>Вибраного сертифіката немає на токені %1.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>PIN неправильний.</translation>
    </message>
    <message>
        <source>The token does not accept a PIN of this length.</source>
        <translation>Токен не приймає PIN такої довжини.</translation>
    </message>
    <message>
        <source>The PIN is locked.</source>
        <translation>PIN заблоковано.</translation>
    </message>
    <message>
        <source>The PIN has expired; change it with the provider&apos;s program.</source>
        <translation>Строк дії PIN минув; змініть його програмою надавача.</translation>
    </message>
    <message>
        <source>The PIN entry on the reader was cancelled.</source>
        <translation>Введення PIN на зчитувачі скасовано.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Токен від’єднано.</translation>
    </message>
    <message>
        <source>The token refused the login.</source>
        <translation>Токен відмовив у вході.</translation>
    </message>
    <message>
        <source>The token %1 has no private key for the chosen certificate (the key and the certificate must share one ID).</source>
        <translation>На токені %1 немає особистого ключа для вибраного сертифіката (ключ і сертифікат мають мати однаковий ID).</translation>
    </message>
    <message>
        <source>The token %1 signs only with GOST 34.311, but this key&apos;s certificate asks for %2.</source>
        <translation>Токен %1 підписує лише з ГОСТ 34.311, а сертифікат цього ключа вимагає %2.</translation>
    </message>
    <message>
        <source>The token %1 refused to sign.</source>
        <translation>Токен %1 відмовився підписувати.</translation>
    </message>
    <message>
        <source>The token %1 returned a DSTU signature that does not match its certificate: nothing was signed.</source>
        <translation>Токен %1 повернув підпис ДСТУ, який не відповідає його сертифікату: нічого не підписано.</translation>
    </message>
    <message>
        <source>The key of the chosen certificate (%1) cannot be used by this version of Kopii.</source>
        <translation>Ключ вибраного сертифіката (%1) ця версія «Копій» використати не може.</translation>
    </message>
    <message>
        <source>The token %1 holds a DSTU 4145 certificate but offers no DSTU 4145 signing that Kopii knows.</source>
        <translation>Токен %1 містить сертифікат ДСТУ 4145, але не пропонує жодного відомого «Копіям» способу підпису за ДСТУ 4145.</translation>
    </message>
    <message>
        <source>The token %1 could not be opened for signing.</source>
        <translation>Токен %1 не вдалося відкрити для підписування.</translation>
    </message>
</context>
<context>
    <name>PortalImport</name>
    <message>
        <source>No QR code was found in %1. Use a sharper image or the PDF from the portal.</source>
        <translation>У %1 не знайдено QR-коду. Використайте чіткіше зображення або PDF з порталу.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a Diia.QR link: &quot;%2&quot;. Download the code from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;).</source>
        <translation>QR-код у %1 не є посиланням Дія.QR: «%2». Завантажте код з порталу Дії («Мій бізнес — Мої Дія.QR»).</translation>
    </message>
    <message>
        <source>%1 holds %2 different Diia codes; import the file of one service: %3</source>
        <translation>%1 містить різних кодів Дії: %2; імпортуйте файл однієї послуги: %3</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <source>Scan the code with the camera in the Diia app</source>
        <translation>Відскануйте код камерою в застосунку Дія</translation>
    </message>
    <message>
        <source>Check the name, the address and the documents</source>
        <translation>Перевірте назву, адресу та перелік документів</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Підтвердьте й надішліть</translation>
    </message>
    <message>
        <source>Scan with Diia</source>
        <translation>Скануйте в Дії</translation>
    </message>
    <message>
        <source>You will send copies of:</source>
        <translation>Ви надішлете копії документів:</translation>
    </message>
    <message>
        <source>This code is for use on these premises only.</source>
        <translation>Код призначений для використання лише в цьому приміщенні.</translation>
    </message>
    <message>
        <source>Poster %1 · %2</source>
        <translation>Плакат %1 · %2</translation>
    </message>
</context>
<context>
    <name>PosterCheck</name>
    <message>
        <source>Take the photo again, or choose a JPEG or PNG picture.</source>
        <translation>Сфотографуйте ще раз або виберіть зображення JPEG чи PNG.</translation>
    </message>
    <message>
        <source>No QR code could be read in this photo.</source>
        <translation>На цьому фото не вдалося прочитати жодного QR-коду.</translation>
    </message>
    <message>
        <source>Take it again closer, straight on and without glare, so that the code fills a good part of the picture.</source>
        <translation>Сфотографуйте ще раз ближче, прямо й без відблисків, щоб код займав добру частину кадру.</translation>
    </message>
    <message>
        <source>The office&apos;s codes cannot be read: %1</source>
        <translation>Не вдається прочитати коди установи: %1</translation>
    </message>
    <message>
        <source>Check the workspace (Help → Diagnostics), then check the photo again.</source>
        <translation>Перевірте робочу теку (Довідка → Діагностика), тоді перевірте фото ще раз.</translation>
    </message>
    <message>
        <source>Current: &quot;%1&quot; at &quot;%2&quot;.</source>
        <translation>Поточний: «%1» у відділенні «%2».</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Нічого робити не треба.</translation>
    </message>
    <message>
        <source>A signed request of an earlier Kopii for &quot;%1&quot; at &quot;%2&quot;, which the Diia app cannot open.</source>
        <translation>Підписаний запит попередньої версії «Копій» для «%1» у відділенні «%2», який застосунок Дія не може відкрити.</translation>
    </message>
    <message>
        <source>This office&apos;s code for &quot;%1&quot; at &quot;%2&quot;, kept on %3 and replaced since.</source>
        <translation>Код цієї установи для «%1» у відділенні «%2», збережений %3 і відтоді замінений.</translation>
    </message>
    <message>
        <source>Print the current poster of this service at this branch and put it up instead.</source>
        <translation>Надрукуйте поточний плакат цієї послуги в цьому відділенні й повісьте його замість цього.</translation>
    </message>
    <message>
        <source>The service has no code at this branch now: take the poster down, or import the code from the Diia portal and print the new poster.</source>
        <translation>Зараз у послуги немає коду в цьому відділенні: зніміть плакат або імпортуйте код з порталу Дії й надрукуйте новий плакат.</translation>
    </message>
    <message>
        <source>A Diia code that is not this office&apos;s: visitors who scan it send their documents elsewhere.</source>
        <translation>Код Дії, але не цієї установи: відвідувачі, які його скануватимуть, надішлють документи деінде.</translation>
    </message>
    <message>
        <source>A code that is not this office&apos;s and not a Diia code.</source>
        <translation>Код не цієї установи і не код Дії.</translation>
    </message>
    <message>
        <source>Someone may have covered the poster: take it down, print the current poster, and tell the manager.</source>
        <translation>Можливо, хтось заклеїв плакат: зніміть його, надрукуйте поточний плакат і скажіть керівникові.</translation>
    </message>
</context>
<context>
    <name>PosterCommand</name>
    <message>
        <source>poster needs --out FILE.pdf, .png or .svg</source>
        <translation>для poster потрібен --out ФАЙЛ.pdf, .png або .svg</translation>
    </message>
    <message>
        <source>poster needs either --service S or --all</source>
        <translation>для poster потрібен або --service П, або --all</translation>
    </message>
    <message>
        <source>--size takes A4, A5 or A3</source>
        <translation>--size приймає A4, A5 або A3</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H</source>
        <translation>--ecc приймає L, M, Q або H</translation>
    </message>
    <message>
        <source>--dpi takes a number</source>
        <translation>--dpi приймає число</translation>
    </message>
    <message>
        <source>No service at &quot;%1&quot; has a QR code yet: import them first (kopii-cli qr import).</source>
        <translation>Жодна послуга у відділенні «%1» ще не має QR-коду: спершу імпортуйте коди (kopii-cli qr import).</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) saved to %1</source>
        <translation>
            <numerusform>Збережено %n плакат у %1</numerusform>
            <numerusform>Збережено %n плакати у %1</numerusform>
            <numerusform>Збережено %n плакатів у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a QR code, so not printed: %1</source>
        <translation>Без QR-коду, тому не надруковано: %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>поточний</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>ЗАМІНЕНИЙ</translation>
    </message>
    <message>
        <source>NOT OURS</source>
        <translation>НЕ НАШ</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не перевірено</translation>
    </message>
</context>
<context>
    <name>PosterExport</name>
    <message>
        <source>There is no poster to save.</source>
        <translation>Немає плаката для збереження.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Не вдалося почати PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Не вдалося записати PDF.</translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation>Не вдалося почати SVG.</translation>
    </message>
    <message>
        <source>A PNG or SVG file holds one poster; save several posters as one PDF.</source>
        <translation>Файл PNG або SVG вміщує один плакат; кілька плакатів збережіть одним PDF.</translation>
    </message>
    <message>
        <source>The resolution must be 72 to 1200 dpi.</source>
        <translation>Роздільність має бути від 72 до 1200 dpi.</translation>
    </message>
    <message>
        <source>The PNG could not be written.</source>
        <translation>Не вдалося записати PNG.</translation>
    </message>
    <message>
        <source>Kopii saves posters as .pdf, .png or .svg; &quot;%1&quot; has another extension.</source>
        <translation>«Копії» зберігають плакати як .pdf, .png або .svg; «%1» має інше розширення.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
</context>
<context>
    <name>PosterLayout</name>
    <message>
        <source>error correction %1</source>
        <translation>корекцію помилок %1</translation>
    </message>
    <message>
        <source>paper %1</source>
        <translation>папір %1</translation>
    </message>
    <message>
        <source>normal print</source>
        <translation>звичайний шрифт</translation>
    </message>
    <message>
        <source>The code would print with modules of %1 mm, smaller than the %2 mm that scan reliably. Choose %3.</source>
        <translation>Код надрукується з модулями %1 мм — менше ніж %2 мм, які надійно скануються. Виберіть %3.</translation>
    </message>
    <message>
        <source>a bigger paper or a shorter code</source>
        <translation>більший папір або коротший код</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>The texts of this poster do not fit on %1. Choose %2.</source>
        <translation>Тексти цього плаката не вміщуються на %1. Виберіть %2.</translation>
    </message>
    <message>
        <source>shorter names</source>
        <translation>коротші назви</translation>
    </message>
    <message>
        <source>This service has no Diia code at this branch yet, so there is no poster for visitors. Import the code from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;): a file with the code or its link.</source>
        <translation>Для цієї послуги у цьому відділенні ще немає коду Дії, тож плаката для відвідувачів немає. Імпортуйте код з порталу Дії («Мій бізнес — Мої Дія.QR»): файл з кодом або посилання.</translation>
    </message>
    <message>
        <source>This code is not a Diia link, and the Diia app would not open it: there is no poster for visitors with it. Import the service&apos;s code from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;).</source>
        <translation>Цей код — не посилання Дії, і застосунок Дія його не відкриє: плаката для відвідувачів з ним немає. Імпортуйте код послуги з порталу Дії («Мій бізнес — Мої Дія.QR»).</translation>
    </message>
</context>
<context>
    <name>PosterSource</name>
    <message>
        <source>The organisation is not filled in yet: fill in the Organisation page first.</source>
        <translation>Організацію ще не заповнено: спершу заповніть сторінку «Організація».</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is not offered at the branch &quot;%2&quot;.</source>
        <translation>Послуга «%1» не надається у відділенні «%2».</translation>
    </message>
    <message>
        <source>EDRPOU code %1</source>
        <translation>Код ЄДРПОУ %1</translation>
    </message>
    <message>
        <source>RNOKPP %1</source>
        <translation>РНОКПП %1</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The office server %1 is not running on this computer (it has no socket in %2). Start the PostgreSQL service, or ask whoever looks after the server.</source>
        <translation>Сервер установи %1 не працює на цьому комп’ютері (у %2 немає його сокета). Запустіть службу PostgreSQL або зверніться до того, хто обслуговує сервер.</translation>
    </message>
    <message>
        <source>The office server %1 does not answer. Check that this computer is connected to the office network, that the address is right and that the server is running, then try again.</source>
        <translation>Сервер установи %1 не відповідає. Перевірте, що цей комп’ютер під’єднано до мережі установи, що адреса правильна і що сервер працює, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The office server %1 stopped answering while Kopii connected.</source>
        <translation>Сервер установи %1 перестав відповідати, поки «Копії» під’єднувалися.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, so Kopii does not send it a password or any document. Ask whoever looks after the server to turn TLS on (docs/office-server.md).</source>
        <translation>Сервер %1 не пропонує зашифрованого з’єднання, тому «Копії» не надсилають йому ні пароля, ні жодного документа. Попросіть того, хто обслуговує сервер, увімкнути TLS (docs/office-server.md).</translation>
    </message>
    <message>
        <source>Kopii cannot check the office server&apos;s certificate: the CA file %1 is missing or holds no certificate. Get the office&apos;s CA certificate from whoever set the server up and give it in the address (?sslrootcert=FILE).</source>
        <translation>«Копії» не можуть перевірити сертифікат сервера установи: файлу ЦС %1 немає або в ньому немає сертифіката. Отримайте сертифікат ЦС установи в того, хто налаштовував сервер, і вкажіть його в адресі (?sslrootcert=ФАЙЛ).</translation>
    </message>
    <message>
        <source>The office server %1 showed a certificate that Kopii cannot trust (%2), so Kopii did not connect: someone may be standing between this computer and the server. Check the server&apos;s name in the address and the CA file, or ask whoever looks after the server.</source>
        <translation>Сервер установи %1 показав сертифікат, якому «Копії» не можуть довіряти (%2), тому «Копії» не під’єдналися: хтось може стояти між цим комп’ютером і сервером. Перевірте назву сервера в адресі та файл ЦС або зверніться до того, хто обслуговує сервер.</translation>
    </message>
    <message>
        <source>The office server %1 asks for %2&apos;s password. Give it when Kopii asks, or ask whoever set the server up for it.</source>
        <translation>Сервер установи %1 просить пароль користувача %2. Введіть його, коли «Копії» попросять, або дізнайтеся його в того, хто налаштовував сервер.</translation>
    </message>
    <message>
        <source>The office server %1 did not let %2 in: the password is wrong, or %2 may not use the database %3. Type the password again; if it still fails, ask your manager to check that you are added to the office (kopii-cli server add-desk).</source>
        <translation>Сервер установи %1 не впустив %2: пароль неправильний або %2 не має доступу до бази даних %3. Введіть пароль ще раз; якщо не вдасться знову, попросіть керівника перевірити, чи вас додано до установи (kopii-cli server add-desk).</translation>
    </message>
    <message>
        <source>The office server %1 did not let %2 in with the password from the password file %3: the password there is wrong or missing, or %2 may not use the database %4. Correct the file, or ask your manager to check that you are added to the office (kopii-cli server add-desk).</source>
        <translation>Сервер установи %1 не впустив %2 з паролем із файлу паролів %3: пароль там неправильний або його немає, або %2 не має доступу до бази даних %4. Виправте файл або попросіть керівника перевірити, чи вас додано до установи (kopii-cli server add-desk).</translation>
    </message>
</context>
<context>
    <name>ProtocolCommand</name>
    <message>
        <source>protocol intake takes on or off</source>
        <translation>protocol intake приймає on або off</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2.</source>
        <translation>Не вдалося прочитати сертифікат %1: %2.</translation>
    </message>
    <message>
        <source>No protocol is kept at intake.</source>
        <translation>Протоколи під час надходження не зберігаються.</translation>
    </message>
    <message>
        <source>Each submission that arrives from %1 on gets its protocol when its signatures are checked.</source>
        <translation>Кожне надходження, що надійде від %1, отримує протокол, щойно його підписи перевірено.</translation>
    </message>
    <message>
        <source>The protocols are kept unsealed: choose the key that seals them with --seal-cert FILE.</source>
        <translation>Протоколи зберігаються без печатки: виберіть ключ для скріплення за допомогою --seal-cert ФАЙЛ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Checked on %1; not sealed yet.</source>
        <translation>Перевірено %1; ще не скріплено печаткою.</translation>
    </message>
    <message>
        <source>Checked on %1; sealed by %2 on %3.</source>
        <translation>Перевірено %1; скріплено печаткою: %2, %3.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;protocol %1&quot;; use intake, seal or export</source>
        <translation>невідома підкоманда «protocol %1»; використовуйте intake, seal або export</translation>
    </message>
    <message>
        <source>protocol export needs the number of a submission</source>
        <translation>для protocol export потрібен номер надходження</translation>
    </message>
    <message>
        <source>protocol seal needs the sealing key: --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation>для protocol seal потрібен ключ для скріплення: --pkcs12 ФАЙЛ або --pkcs11 МОДУЛЬ</translation>
    </message>
    <message>
        <source>Sealed %1 protocol(s) with %2.</source>
        <translation>Скріплено протоколів: %1; ключ: %2.</translation>
    </message>
    <message>
        <source>They are sealed by %1&apos;s key (its certificate&apos;s SHA-256: %2).</source>
        <translation>Їх скріплює ключ, що належить: %1 (SHA-256 сертифіката: %2).</translation>
    </message>
</context>
<context>
    <name>ProtocolSource</name>
    <message>
        <source>Submission %1 holds no document to check: %2</source>
        <translation>Надходження %1 не містить документа для перевірки: %2</translation>
    </message>
    <message>
        <source>the message carried none.</source>
        <translation>лист не містив жодного.</translation>
    </message>
    <message>
        <source>Submission %1 has no document %2.</source>
        <translation>Надходження %1 не має документа %2.</translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>No QR code was found in %1. Use a sharper image or the PDF from the portal.</source>
        <translation>У %1 не знайдено QR-коду. Використайте чіткіше зображення або PDF з порталу.</translation>
    </message>
    <message>
        <source>The code of &quot;%1&quot; at &quot;%2&quot; is kept: %3</source>
        <translation>Код послуги «%1» у відділенні «%2» збережено: %3</translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation>коду ще немає</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>У %1 не знайдено QR-коду.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Послуга: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документи: %1</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>Організація: %1 (%2)</translation>
    </message>
    <message>
        <source>Branch: %1, %2</source>
        <translation>Відділення: %1, %2</translation>
    </message>
    <message>
        <source>Copies go to: %1</source>
        <translation>Копії надходять на: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Чинний: з %1 до %2</translation>
    </message>
    <message>
        <source>Signed by: %1, issued by %2</source>
        <translation>Підписав(ла): %1, сертифікат видав %2</translation>
    </message>
    <message>
        <source>Verdict: valid</source>
        <translation>Висновок: дійсний</translation>
    </message>
    <message>
        <source>Verdict: NOT valid — %1</source>
        <translation>Висновок: НЕДІЙСНИЙ — %1</translation>
    </message>
    <message>
        <source>Verdict: unreadable — %1</source>
        <translation>Висновок: не читається — %1</translation>
    </message>
    <message>
        <source>%1 (a signed request of an earlier Kopii, which the Diia app cannot open: import the portal&apos;s code)</source>
        <translation>%1 (підписаний запит попередньої версії «Копій», який застосунок Дія не може відкрити: імпортуйте код з порталу)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;qr %1&quot;; use import, list, remove, verify or decode</source>
        <translation>невідома підкоманда «qr %1»; є import, list, remove, verify і decode</translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файлу %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a QR code image (over 64 MB).</source>
        <translation>Файл %1 завеликий для зображення QR-коду (понад 64 МБ).</translation>
    </message>
    <message>
        <source>%1 is an SVG file that cannot be read.</source>
        <translation>%1 — файл SVG, який не вдається прочитати.</translation>
    </message>
    <message>
        <source>%1 is not an image, PDF or SVG that Kopii can read (%2).</source>
        <translation>%1 не є зображенням, PDF або SVG, які «Копії» можуть прочитати (%2).</translation>
    </message>
    <message>
        <source>%1 is a PDF that cannot be read safely: %2.</source>
        <translation>%1 — PDF, який не вдається безпечно прочитати: %2.</translation>
    </message>
</context>
<context>
    <name>QrMatrix</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation>Немає що помістити в QR-код.</translation>
    </message>
    <message>
        <source>The QR code text contains a NUL character.</source>
        <translation>Текст QR-коду містить символ NUL.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code with error correction %1 (%2 bytes). Choose a lower error correction or a shorter text.</source>
        <translation>Текст задовгий для QR-коду з корекцією помилок %1 (%2 байтів). Виберіть нижчий рівень корекції або коротший текст.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Не вдалося створити QR-код.</translation>
    </message>
</context>
<context>
    <name>RawMessage</name>
    <message>
        <source>The stored message&apos;s notes on its documents are damaged, so the message as received cannot be rebuilt. Its documents are not affected.</source>
        <translation>Збережені нотатки листа про його документи пошкоджено, тож лист у тому вигляді, в якому він надійшов, не можна відновити. Документів це не стосується.</translation>
    </message>
    <message>
        <source>The message as received cannot be rebuilt exactly from what is stored (it does not match the fingerprint taken when it arrived). Its documents are shown as stored; the original e-mail may still be in the mailbox on the server.</source>
        <translation>Лист у тому вигляді, в якому він надійшов, не вдається точно відновити зі збереженого (він не збігається з відбитком, знятим під час надходження). Документи показано так, як їх збережено; оригінальний лист, можливо, ще є в поштовій скриньці на сервері.</translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>Cannot write %1: %2. Nothing was saved; choose another folder or free some space, then try again.</source>
        <translation>Не вдається записати %1: %2. Нічого не збережено; виберіть іншу папку або звільніть місце й спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Адреса отримання</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>In work by</source>
        <translation>Опрацьовує</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ще не перевірено</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>дійсний</translation>
    </message>
    <message>
        <source>valid, with warnings</source>
        <translation>дійсний, із застереженнями</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>не кваліфікований</translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation>НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>неможливо перевірити</translation>
    </message>
    <message>
        <source>deleted on %1, by retention</source>
        <translation>видалено %1 за строком зберігання</translation>
    </message>
    <message>
        <source>deleted on %1, by a person</source>
        <translation>видалено %1 працівником</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>опрацьовано</translation>
    </message>
    <message>
        <source>in work</source>
        <translation>в роботі</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нове</translation>
    </message>
    <message>
        <source>There is no entry %1 in the register.</source>
        <translation>У реєстрі немає запису %1.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>REGISTER OF INCOMING DOCUMENTS RECEIVED BY E-MAIL</source>
        <translation>РЕЄСТР ВХІДНИХ ДОКУМЕНТІВ, ОТРИМАНИХ ЕЛЕКТРОННОЮ ПОШТОЮ</translation>
    </message>
    <message>
        <source>entries: %1</source>
        <translation>записів: %1</translation>
    </message>
    <message>
        <source>Printed by Kopii %1 on %2.</source>
        <translation>Надруковано програмою «Копії» %1 %2.</translation>
    </message>
    <message>
        <source>Register of incoming documents</source>
        <translation>Реєстр вхідних документів</translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <source>--%1 takes a date like 2026-12-31</source>
        <translation>--%1 приймає дату на зразок 2026-12-31</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from пізніше за --to</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;register %1&quot;; use list, find, export or prefix</source>
        <translation>невідома підкоманда «register %1»; використайте list, find, export або prefix</translation>
    </message>
    <message>
        <source>register export writes --csv FILE, --pdf FILE or both</source>
        <translation>register export записує --csv ФАЙЛ, --pdf ФАЙЛ або обидва</translation>
    </message>
    <message>
        <source>register prefix takes --branch B or --service S, and the prefix (none: no prefix)</source>
        <translation>register prefix приймає --branch В або --service П і префікс (без нього — без префікса)</translation>
    </message>
    <message>
        <source>New numbers have no prefix.</source>
        <translation>Нові номери — без префікса.</translation>
    </message>
    <message>
        <source>New numbers begin with %1.</source>
        <translation>Нові номери починаються з %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written.</source>
        <translation>
            <numerusform>Записано %n запис.</numerusform>
            <numerusform>Записано %n записи.</numerusform>
            <numerusform>Записано %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no entries for this period.</source>
        <translation>У реєстрі немає записів за цей період.</translation>
    </message>
</context>
<context>
    <name>RegisterSql</name>
    <message>
        <source>read the register</source>
        <translation>прочитати реєстр</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot begin a registration number: use 1 to 10 letters or digits (a hyphen between them), for example Ц or ЦНАП-2.</source>
        <translation>«%1» не може починати реєстраційний номер: використайте від 1 до 10 літер або цифр (дефіс — між ними), наприклад Ц або ЦНАП-2.</translation>
    </message>
    <message>
        <source>change the register</source>
        <translation>змінити реєстр</translation>
    </message>
    <message>
        <source>There is no such branch or service (number %1).</source>
        <translation>Такого відділення чи послуги немає (номер %1).</translation>
    </message>
    <message>
        <source>number the submission</source>
        <translation>присвоїти номер надходженню</translation>
    </message>
    <message>
        <source>number the submissions</source>
        <translation>присвоїти номери надходженням</translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <source>the answer is not an OCSP response</source>
        <translation>відповідь не є відповіддю OCSP</translation>
    </message>
    <message>
        <source>the responder refused to answer (%1)</source>
        <translation>сервер відмовився відповісти (%1)</translation>
    </message>
    <message>
        <source>the answer cannot be read</source>
        <translation>відповідь неможливо прочитати</translation>
    </message>
    <message>
        <source>the answer does not belong to Kopii&apos;s question (nonce), it may be replayed</source>
        <translation>відповідь не належить до запиту Копій (nonce), її могли повторити</translation>
    </message>
    <message>
        <source>the answer&apos;s signature cannot be verified, or its signer is not authorised by the certificate&apos;s issuer</source>
        <translation>підпис відповіді не вдається перевірити, або її підписувач не уповноважений видавцем сертифіката</translation>
    </message>
    <message>
        <source>the answer is about another certificate</source>
        <translation>відповідь стосується іншого сертифіката</translation>
    </message>
    <message>
        <source>the answer is out of date</source>
        <translation>відповідь застаріла</translation>
    </message>
    <message>
        <source>the certificate names no OCSP responder</source>
        <translation>сертифікат не вказує сервера OCSP</translation>
    </message>
    <message>
        <source>the question for the responder cannot be made</source>
        <translation>запит до сервера неможливо скласти</translation>
    </message>
    <message>
        <source>Kopii is working offline</source>
        <translation>Копії працюють без мережі</translation>
    </message>
    <message>
        <source>the responder %1 did not answer: %2</source>
        <translation>сервер %1 не відповів: %2</translation>
    </message>
    <message>
        <source>the answer of %1 cannot be used: %2</source>
        <translation>відповідь %1 неможливо використати: %2</translation>
    </message>
    <message>
        <source>the certificate names no CRL to download</source>
        <translation>сертифікат не вказує СВС для завантаження</translation>
    </message>
    <message>
        <source>the CRL at %1 could not be downloaded: %2</source>
        <translation>СВС за адресою %1 не вдалося завантажити: %2</translation>
    </message>
    <message>
        <source>the CRL at %1 is out of date (its next update was due %2)</source>
        <translation>СВС за адресою %1 застарів (наступне оновлення мало бути %2)</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>не вдається з’єднатися</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>немає відповіді протягом %1 с</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is not a valid URL</source>
        <translation>адреса «%1» не є правильною URL-адресою</translation>
    </message>
    <message>
        <source>the address uses https, which Kopii does not use for this</source>
        <translation>адреса використовує https, який Копії для цього не використовують</translation>
    </message>
    <message>
        <source>the answer is signed with DSTU 4145, but the certificate&apos;s issuer has no DSTU key</source>
        <translation>відповідь підписано за ДСТУ 4145, але видавець сертифіката не має ключа ДСТУ</translation>
    </message>
    <message>
        <source>the answer&apos;s signer is not among its certificates</source>
        <translation>підписувача відповіді немає серед її сертифікатів</translation>
    </message>
    <message>
        <source>the answer&apos;s signer is not authorised by the certificate&apos;s issuer</source>
        <translation>підписувача відповіді не уповноважив видавець сертифіката</translation>
    </message>
    <message>
        <source>the answer&apos;s signer is not an OCSP responder (extended key usage)</source>
        <translation>підписувач відповіді не є OCSP-сервером (розширене використання ключа)</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate is not valid now</source>
        <translation>сертифікат OCSP-сервера зараз недійсний</translation>
    </message>
    <message>
        <source>the answer&apos;s signer has no DSTU key</source>
        <translation>підписувач відповіді не має ключа ДСТУ</translation>
    </message>
    <message>
        <source>the answer&apos;s signature does not match its signer&apos;s key</source>
        <translation>підпис відповіді не відповідає ключу її підписувача</translation>
    </message>
    <message>
        <source>the answer is too old to be relied on (made more than an hour ago, with no nonce or no next update)</source>
        <translation>відповідь застара, щоб на неї покладатися (створена понад годину тому, без nonce або без дати наступного оновлення)</translation>
    </message>
    <message>
        <source>the responder&apos;s own certificate was revoked on %1</source>
        <translation>власний сертифікат OCSP-сервера відкликано %1</translation>
    </message>
    <message>
        <source>the responder&apos;s own certificate could not be checked for revocation (it is not marked &quot;no check&quot;, and no CRL of its issuer is at hand: %1)</source>
        <translation>власний сертифікат OCSP-сервера не вдалося перевірити на відкликання (він не позначений «без перевірки», а СВС його видавця немає: %1)</translation>
    </message>
    <message>
        <source>it did not understand the question</source>
        <translation>він не зрозумів запит</translation>
    </message>
    <message>
        <source>an error inside the responder</source>
        <translation>внутрішня помилка OCSP-сервера</translation>
    </message>
    <message>
        <source>busy, try later</source>
        <translation>зайнятий, спробуйте пізніше</translation>
    </message>
    <message>
        <source>it answers signed questions only</source>
        <translation>він відповідає лише на підписані запити</translation>
    </message>
    <message>
        <source>it does not answer for this certificate</source>
        <translation>він не відповідає щодо цього сертифіката</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>стан %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>the key was compromised</source>
        <translation>ключ скомпрометовано</translation>
    </message>
    <message>
        <source>the CA&apos;s key was compromised</source>
        <translation>ключ надавача (ЦСК) скомпрометовано</translation>
    </message>
    <message>
        <source>the holder&apos;s affiliation changed</source>
        <translation>змінилися відомості про власника</translation>
    </message>
    <message>
        <source>superseded by another certificate</source>
        <translation>замінено іншим сертифікатом</translation>
    </message>
    <message>
        <source>the holder ceased operation</source>
        <translation>власник припинив діяльність</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>дію тимчасово зупинено</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>вилучено зі списку</translation>
    </message>
    <message>
        <source>the holder&apos;s privilege was withdrawn</source>
        <translation>повноваження власника скасовано</translation>
    </message>
    <message>
        <source>the attribute authority was compromised</source>
        <translation>центр атрибутів скомпрометовано</translation>
    </message>
    <message>
        <source>reason code %1</source>
        <translation>код причини %1</translation>
    </message>
    <message>
        <source>the signature itself</source>
        <translation>сам підпис</translation>
    </message>
    <message>
        <source>the signature carries no OCSP answer</source>
        <translation>підпис не містить відповіді OCSP</translation>
    </message>
    <message>
        <source>the OCSP answer the signature carries is about another certificate, or cannot be read</source>
        <translation>відповідь OCSP, яку містить підпис, стосується іншого сертифіката або не читається</translation>
    </message>
    <message>
        <source>the OCSP answer the signature carries cannot be used: %1</source>
        <translation>відповіддю OCSP, яку містить підпис, не можна скористатися: %1</translation>
    </message>
    <message>
        <source>the OCSP answer the signature carries was made before the signature&apos;s proven time</source>
        <translation>відповідь OCSP, яку містить підпис, створено раніше за доведений час підпису</translation>
    </message>
    <message>
        <source>%1 is not signed by the certificate&apos;s issuer</source>
        <translation>%1 не підписаний видавцем сертифіката</translation>
    </message>
    <message>
        <source>%1 is a delta CRL, which alone does not list every revocation</source>
        <translation>%1 — це дельта-СВС, який сам не містить усіх відкликань</translation>
    </message>
    <message>
        <source>%1 covers only part of the revocations (issuing distribution point)</source>
        <translation>%1 охоплює лише частину відкликань (issuing distribution point)</translation>
    </message>
    <message>
        <source>the signature carries no CRL</source>
        <translation>підпис не містить СВС</translation>
    </message>
    <message>
        <source>the CRL the signature carries</source>
        <translation>СВС, вкладений у підпис,</translation>
    </message>
    <message>
        <source>the CRL the signature carries was issued before the signature&apos;s proven time</source>
        <translation>СВС, вкладений у підпис, видано раніше за доведений час підпису</translation>
    </message>
    <message>
        <source>the CRL at %1</source>
        <translation>СВС за адресою %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 не вдається прочитати</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The office server&apos;s address %1 cannot be used: %2 Write it as postgresql://PERSON@SERVER/DATABASE?sslrootcert=CA-FILE, or as postgresql://PERSON@/DATABASE?host=SOCKET-FOLDER on the server itself.</source>
        <translation>Адресу сервера установи %1 не можна використати: %2 Запишіть її як postgresql://ОСОБА@СЕРВЕР/БАЗА?sslrootcert=ФАЙЛ-ЦС або, на самому сервері, як postgresql://ОСОБА@/БАЗА?host=ТЕКА-СОКЕТА.</translation>
    </message>
    <message>
        <source>it is not a postgresql:// address.</source>
        <translation>це не адреса postgresql://.</translation>
    </message>
    <message>
        <source>it contains a password. Kopii asks for the password and keeps it in the system&apos;s keychain.</source>
        <translation>у ній є пароль. «Копії» запитують пароль і зберігають його у сховищі паролів системи.</translation>
    </message>
    <message>
        <source>it asks for sslmode=%1, but Kopii connects over the network only with TLS and a checked server certificate (verify-full).</source>
        <translation>вона вимагає sslmode=%1, а «Копії» з’єднуються мережею лише через TLS з перевіреним сертифікатом сервера (verify-full).</translation>
    </message>
    <message>
        <source>Kopii does not know the option &quot;%1&quot;.</source>
        <translation>«Копії» не знають параметра «%1».</translation>
    </message>
    <message>
        <source>it does not say who connects (PERSON@).</source>
        <translation>у ній не сказано, хто під’єднується (ОСОБА@).</translation>
    </message>
    <message>
        <source>it does not name the database after the server.</source>
        <translation>у ній після сервера не названо базу даних.</translation>
    </message>
    <message>
        <source>it names no server.</source>
        <translation>у ній не названо сервера.</translation>
    </message>
    <message>
        <source>a connection through a socket on this computer does not use TLS, so it takes no CA file.</source>
        <translation>з’єднання через сокет на цьому комп’ютері не використовує TLS, тому файл ЦС для нього не потрібен.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Не вдається прочитати файл пароля %1: %2.</translation>
    </message>
    <message>
        <source>No password was given for %1: use --password-file FILE (passwords are never taken from the command line).</source>
        <translation>Пароль для %1 не вказано: використайте --password-file ФАЙЛ (паролі ніколи не беруться з командного рядка).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новий пароль для %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Той самий пароль ще раз: </translation>
    </message>
    <message>
        <source>The password could not be read from the terminal.</source>
        <translation>Не вдалося прочитати пароль із термінала.</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Два паролі різні: нічого не змінено.</translation>
    </message>
    <message>
        <source>&quot;server&quot; works on an office server: give its address with --workspace postgresql://... (or KOPII_WORKSPACE).</source>
        <translation>«server» працює із сервером установи: вкажіть його адресу через --workspace postgresql://... (або KOPII_WORKSPACE).</translation>
    </message>
    <message>
        <source>server init needs --desk NAME, --rnokpp CODE and --name FULL-NAME of the first manager</source>
        <translation>server init потребує --desk НАЗВА, --rnokpp КОД і --name ПІБ першого керівника</translation>
    </message>
    <message>
        <source>server init takes the office server&apos;s address (postgresql://...)</source>
        <translation>server init приймає адресу сервера установи (postgresql://...)</translation>
    </message>
    <message>
        <source>The office server %1 is set up; %2 is its first manager.</source>
        <translation>Сервер установи %1 налаштовано; %2 — його перший керівник.</translation>
    </message>
    <message>
        <source>server add-desk needs --rnokpp CODE and --name FULL-NAME</source>
        <translation>server add-desk потребує --rnokpp КОД і --name ПІБ</translation>
    </message>
    <message>
        <source>--role takes reception, clerk or manager</source>
        <translation>--role приймає reception, clerk або manager</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;server %1&quot;</source>
        <translation>невідома підкоманда «server %1»</translation>
    </message>
    <message>
        <source>%1 is not a Kopii workspace folder (it has no kopii.db).</source>
        <translation>%1 — не тека робочого простору «Копій» (у ній немає kopii.db).</translation>
    </message>
    <message>
        <source>Moved %1 onto the office server %2: every table has the same rows and the same content hash on both sides. The folder is left as it was; keep it as a copy until the office works on the server, then delete it.</source>
        <translation>%1 перенесено на сервер установи %2: у кожній таблиці з обох боків ті самі рядки й той самий геш вмісту. Теку залишено як була; зберігайте її як копію, доки установа не запрацює на сервері, а тоді видаліть.</translation>
    </message>
    <message>
        <source>server update takes the office server&apos;s address (postgresql://...)</source>
        <translation>server update приймає адресу сервера установи (postgresql://...)</translation>
    </message>
    <message>
        <source>The office server %1 has the rights and functions of this version of Kopii.</source>
        <translation>Сервер установи %1 має права й функції цієї версії «Копій».</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>No services yet. Add one with &quot;kopii-cli service add&quot;.</source>
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
        <source>unknown subcommand &quot;service %1&quot;; use list, show, add, edit or remove</source>
        <translation>невідома підкоманда «service %1»; використовуйте list, show, add, edit або remove</translation>
    </message>
</context>
<context>
    <name>SettingsSql</name>
    <message>
        <source>read the workspace settings</source>
        <translation>прочитати налаштування робочого простору</translation>
    </message>
    <message>
        <source>write the workspace settings</source>
        <translation>записати налаштування робочого простору</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>sign needs --pkcs12 FILE or --pkcs11 MODULE</source>
        <translation>sign потребує --pkcs12 ФАЙЛ або --pkcs11 МОДУЛЬ</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <source>Signed by %1: %2</source>
        <translation>Підписано: %1: %2</translation>
    </message>
</context>
<context>
    <name>SignatureFiles</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a document copy.</source>
        <translation>%1 завеликий для копії документа.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no PDF or P7S attachments.</source>
        <translation>У %1 немає вкладень PDF чи P7S.</translation>
    </message>
    <message>
        <source>%1 has no signature beside it (%1.p7s). Put the .p7s file the document came with into the same folder.</source>
        <translation>Поруч із %1 немає підпису (%1.p7s). Покладіть у ту саму теку файл .p7s, з яким надійшов документ.</translation>
    </message>
    <message>
        <source>%1 has no signature beside it: %2 is not a signature. Put the .p7s file the document came with into the same folder.</source>
        <translation>Поруч із %1 немає підпису: %2 не є підписом. Покладіть файл .p7s, з яким надійшов документ, у ту саму теку.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a signature (.p7s, .p7m, .sig…), nor a PDF, nor an e-mail (.eml): Kopii cannot read it as any of them.</source>
        <translation>«%1» не є ні підписом (.p7s, .p7m, .sig…), ні PDF, ні листом (.eml): «Копії» не можуть прочитати його як жоден із них.</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>Valid</source>
        <translation>Дійсний</translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation>Дійсний, із застереженнями</translation>
    </message>
    <message>
        <source>Not a qualified signature</source>
        <translation>Не кваліфікований підпис</translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation>НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>The file is not a CMS/CAdES signature (.p7s).</source>
        <translation>Файл не є підписом CMS/CAdES (.p7s).</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>Підписаний вміст</translation>
    </message>
    <message>
        <source>The signed content is the PDF sent with it, byte for byte.</source>
        <translation>Підписаний вміст байт у байт збігається з надісланим PDF.</translation>
    </message>
    <message>
        <source>The signature is detached and the document it signs is missing.</source>
        <translation>Підпис окремий, а документа, який він підписує, немає.</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Сертифікат підписувача</translation>
    </message>
    <message>
        <source>The signature does not carry its signer&apos;s certificate.</source>
        <translation>Підпис не містить сертифіката підписувача.</translation>
    </message>
    <message>
        <source>The signature uses %1, which this version of Kopii cannot check yet.</source>
        <translation>Підпис використовує %1, який ця версія «Копій» поки не вміє перевіряти.</translation>
    </message>
    <message>
        <source>The signature matches the signer&apos;s key.</source>
        <translation>Підпис відповідає ключу підписувача.</translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s key: it was forged or damaged.</source>
        <translation>Підпис не відповідає ключу підписувача: його підроблено або пошкоджено.</translation>
    </message>
    <message>
        <source>Document integrity</source>
        <translation>Цілісність документа</translation>
    </message>
    <message>
        <source>The document is exactly what was signed.</source>
        <translation>Документ точно той, що був підписаний.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed.</source>
        <translation>Документ змінено після підписання.</translation>
    </message>
    <message>
        <source>Certificate binding</source>
        <translation>Прив&apos;язка сертифіката</translation>
    </message>
    <message>
        <source>The signature names its certificate (signingCertificateV2).</source>
        <translation>Підпис називає свій сертифікат (signingCertificateV2).</translation>
    </message>
    <message>
        <source>The signature does not name its certificate (no signingCertificateV2): it is not a CAdES signature.</source>
        <translation>Підпис не називає свого сертифіката (немає signingCertificateV2): це не підпис CAdES.</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Час підписання</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Ланцюжок сертифікатів</translation>
    </message>
    <message>
        <source>The certificate chains to a trusted authority (%1).</source>
        <translation>Сертифікат веде до довіреного центру (%1).</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Відкликання</translation>
    </message>
    <message>
        <source>The certificate was not revoked (CRL of its issuer).</source>
        <translation>Сертифікат не відкликано (СВС його видавця).</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Строк дії сертифіката</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Призначення ключа</translation>
    </message>
    <message>
        <source>The certificate is meant for signatures.</source>
        <translation>Сертифікат призначений для підписів.</translation>
    </message>
    <message>
        <source>The certificate is not meant for signatures (key usage).</source>
        <translation>Сертифікат не призначений для підписів (призначення ключа).</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Кваліфікований</translation>
    </message>
    <message>
        <source>The certificate is not qualified: this is not a KEP.</source>
        <translation>Сертифікат не кваліфікований: це не КЕП.</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Позначка часу</translation>
    </message>
    <message>
        <source>The signature claims to be made at %1, after its own timestamp (%2): the claim is wrong.</source>
        <translation>Підпис стверджує, що його створено %1, тобто пізніше за його власну позначку часу (%2): це твердження хибне.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, after the signature was made (proven by its timestamp): the signature stays valid, but nothing signed with this key after that date is.</source>
        <translation>Сертифікат скасовано %1, уже після створення підпису (це доводить позначка часу): підпис лишається дійсним, але ніщо, підписане цим ключем після цієї дати, не дійсне.</translation>
    </message>
    <message>
        <source>Revocation not checked: the certificate&apos;s issuer is unknown.</source>
        <translation>Скасування не перевірено: видавець сертифіката невідомий.</translation>
    </message>
    <message>
        <source>The certificate is not revoked (OCSP answer of %1 from %2).</source>
        <translation>Сертифікат не скасовано (відповідь OCSP від %1, сервер %2).</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, before the signature&apos;s timestamp.</source>
        <translation>Сертифікат скасовано %1, ще до позначки часу підпису.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, and no timestamp proves that the signature was made before that.</source>
        <translation>Сертифікат скасовано %1, і жодна позначка часу не доводить, що підпис створено раніше.</translation>
    </message>
    <message>
        <source>The issuer&apos;s OCSP responder (%1) does not know this certificate.</source>
        <translation>Сервер OCSP видавця (%1) не знає цього сертифіката.</translation>
    </message>
    <message>
        <source>Revocation not checked: no CRL of the issuer is in the trust store, and %1.</source>
        <translation>Скасування не перевірено: у сховищі довіри немає СВС видавця, а %1.</translation>
    </message>
    <message>
        <source>The certificate is not revoked (CRL of %1 from %2).</source>
        <translation>Сертифікат не скасовано (СВС від %1, адреса %2).</translation>
    </message>
    <message>
        <source>The PDF sent with the signature differs from the signed content: it was changed after signing. Only the signed content, which Kopii shows, is the citizen&apos;s document; ask for the copy again before relying on it.</source>
        <translation>PDF, надісланий разом із підписом, відрізняється від підписаного вмісту: його змінили після підписання. Документом громадянина є лише підписаний вміст, який показують «Копії»; попросіть надіслати копію ще раз, перш ніж на неї покладатися.</translation>
    </message>
    <message>
        <source>The signature uses the hash %1 with DSTU 4145, which this version of Kopii cannot check yet.</source>
        <translation>Підпис використовує з ДСТУ 4145 геш-функцію %1, яку ця версія «Копій» ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>The signature claims to be made at %1, after Kopii had it (%2): the claim is wrong.</source>
        <translation>Підпис стверджує, що його створено %1, тобто після того, як «Копії» його отримали (%2): це твердження хибне.</translation>
    </message>
    <message>
        <source>%1 Nothing proves that the signature was made while it was valid (no timestamp, and Kopii received it only on %2).</source>
        <translation>%1 Ніщо не доводить, що підпис створено, поки сертифікат був чинним (позначки часу немає, а «Копії» отримали його лише %2).</translation>
    </message>
    <message>
        <source>%1 Nothing proves that the signature was made while it was valid (no timestamp, no record of when it was received).</source>
        <translation>%1 Ніщо не доводить, що підпис створено, поки сертифікат був чинним (немає ні позначки часу, ні запису про час отримання).</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, after Kopii received this signature: the signature stays valid, but nothing signed with this key after that date is.</source>
        <translation>Сертифікат відкликано %1, уже після того, як «Копії» отримали цей підпис: підпис лишається дійсним, але все, що підписано цим ключем після цієї дати, — ні.</translation>
    </message>
    <message>
        <source>The certificate was valid at the proven time of the signature; it has expired since (%1).</source>
        <translation>Сертифікат був чинним на доведений час підпису; відтоді строк його дії минув (%1).</translation>
    </message>
    <message>
        <source>A qualified certificate (KEP): the trusted list names its issuer as a qualified provider.</source>
        <translation>Кваліфікований сертифікат (КЕП): довірчий список називає його видавця кваліфікованим надавачем.</translation>
    </message>
    <message>
        <source>The certificate says it is qualified, but no trusted list confirms its issuer as a qualified provider (import the Ukrainian trusted list).</source>
        <translation>Сертифікат заявляє про себе як про кваліфікований, але жоден довірчий список не підтверджує, що його видавець — кваліфікований надавач (імпортуйте український довірчий список).</translation>
    </message>
    <message>
        <source>Signature format</source>
        <translation>Формат підпису</translation>
    </message>
    <message>
        <source>The signed attributes do not say what content they sign (no contentType).</source>
        <translation>Підписані атрибути не вказують, який вміст вони підписують (немає contentType).</translation>
    </message>
    <message>
        <source>The signed attributes name another type of content than the signature carries.</source>
        <translation>Підписані атрибути називають інший тип вмісту, ніж той, що містить підпис.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>The signature uses %1, which is too weak to prove anything today.</source>
        <translation>Підпис використовує %1 — це надто слабкий алгоритм, щоб сьогодні щось довести.</translation>
    </message>
    <message>
        <source>The signature matches the signer&apos;s key, over the signed attributes in DER order (they arrived in another order, re-encoded on their way).</source>
        <translation>Підпис відповідає ключу підписувача — над підписаними атрибутами в порядку DER (вони надійшли в іншому порядку, їх перекодовано дорогою).</translation>
    </message>
    <message>
        <source>The signature matches the signer&apos;s key, over the signed attributes re-encoded in DER (they arrived in a looser encoding).</source>
        <translation>Підпис відповідає ключу підписувача — над підписаними атрибутами, перекодованими в DER (вони надійшли в менш суворому кодуванні).</translation>
    </message>
    <message>
        <source>The signature has no signed attributes (plain PKCS #7): it names neither its certificate nor the time it was made.</source>
        <translation>Підпис не має підписаних атрибутів (простий PKCS #7): у ньому не зазначено ні сертифіката, ні часу підписання.</translation>
    </message>
    <message>
        <source>The signature does not match the document: the document was changed after signing, or the signature was forged or damaged.</source>
        <translation>Підпис не відповідає документу: документ змінено після підписання або підпис підроблено чи пошкоджено.</translation>
    </message>
    <message>
        <source>Signature encoding</source>
        <translation>Кодування підпису</translation>
    </message>
    <message>
        <source>The RSA signature leaves out the NULL parameters PKCS #1 asks for in its DigestInfo: it holds, but the software that made it does not follow the standard.</source>
        <translation>У підписі RSA бракує параметрів NULL, яких PKCS #1 вимагає в DigestInfo: підпис дійсний, але програма, яка його створила, не дотримується стандарту.</translation>
    </message>
    <message>
        <source>The certificate was not revoked when the signature was made (OCSP answer of %1, carried in the signature).</source>
        <translation>Сертифікат не був відкликаний, коли створювали підпис (відповідь OCSP від %1, що міститься в підписі).</translation>
    </message>
    <message>
        <source>The file holds no signature (no signer).</source>
        <translation>Файл не містить жодного підпису (немає підписувача).</translation>
    </message>
    <message>
        <source>The counter-signature cannot be read.</source>
        <translation>Контрпідпис не вдається прочитати.</translation>
    </message>
    <message>
        <source>Counter-signature on: %1</source>
        <translation>Контрпідпис до: %1</translation>
    </message>
    <message>
        <source>Signature %1 of %2</source>
        <translation>Підпис %1 з %2</translation>
    </message>
    <message>
        <source>The signature</source>
        <translation>Підпис</translation>
    </message>
    <message numerus="yes">
        <source>%n signatures; %1%2: %3</source>
        <translation>
            <numerusform>%n підпис; %1%2: %3</numerusform>
            <numerusform>%n підписи; %1%2: %3</numerusform>
            <numerusform>%n підписів; %1%2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Content timestamp</source>
        <translation>Позначка часу вмісту</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Позначки часу</translation>
    </message>
    <message>
        <source>The signature&apos;s timestamp (%1) is older than the document&apos;s content timestamp (%2): one of them is wrong.</source>
        <translation>Позначка часу підпису (%1) старша за позначку часу вмісту документа (%2): одна з них хибна.</translation>
    </message>
    <message>
        <source>The certificate was not revoked when the signature was made (CRL of %1, carried in the signature).</source>
        <translation>Сертифікат не був відкликаний, коли створено підпис (СВС від %1, вкладений у підпис).</translation>
    </message>
    <message>
        <source>Archive timestamp</source>
        <translation>Архівна позначка часу</translation>
    </message>
    <message>
        <source>Version 2: %1</source>
        <translation>Версія 2: %1</translation>
    </message>
    <message>
        <source>The attribute %1 is among the unsigned attributes, where anyone could have put it: it must be signed.</source>
        <translation>Атрибут %1 міститься серед непідписаних атрибутів, куди його міг додати будь-хто: він має бути підписаним.</translation>
    </message>
    <message>
        <source>The signed attributes carry no digest of the document (messageDigest): what they sign cannot be tied to it.</source>
        <translation>Підписані атрибути не містять геш документа (messageDigest): їх неможливо пов’язати з документом.</translation>
    </message>
    <message>
        <source>The signed attributes carry %1 more than once.</source>
        <translation>Підписані атрибути містять %1 більше одного разу.</translation>
    </message>
    <message>
        <source>The signed attribute %1 does not have exactly one value of its type.</source>
        <translation>Підписаний атрибут %1 не має рівно одного значення свого типу.</translation>
    </message>
    <message>
        <source>A counter-signature must not carry contentType among its signed attributes.</source>
        <translation>Контрпідпис не повинен містити contentType серед підписаних атрибутів.</translation>
    </message>
    <message>
        <source>The signature does not say which document it signs (no single messageDigest).</source>
        <translation>Підпис не вказує, який документ він підписує (немає єдиного messageDigest).</translation>
    </message>
    <message>
        <source>The signature uses %1, which cannot be computed here: it can be neither confirmed nor refuted.</source>
        <translation>Підпис використовує %1, що тут неможливо обчислити: його не можна ні підтвердити, ні спростувати.</translation>
    </message>
</context>
<context>
    <name>SignedRequest</name>
    <message>
        <source>the compressed data is damaged or too large</source>
        <translation>стиснені дані пошкоджені або завеликі</translation>
    </message>
    <message>
        <source>The request&apos;s content is not valid: %1</source>
        <translation>Вміст запиту неправильний: %1</translation>
    </message>
    <message>
        <source>not a CBOR map</source>
        <translation>не словник CBOR</translation>
    </message>
    <message>
        <source>version %1 is not known; a newer Kopii may read it</source>
        <translation>версія %1 невідома; її може прочитати новіша версія «Копій»</translation>
    </message>
    <message>
        <source>the dates are missing</source>
        <translation>бракує дат</translation>
    </message>
    <message>
        <source>the organisation, the service or the branch&apos;s e-mail is missing</source>
        <translation>бракує організації, послуги або e-mail відділення</translation>
    </message>
    <message>
        <source>This is not a Kopii signed request (it does not start with %1).</source>
        <translation>Це не підписаний запит «Копій» (він не починається з %1).</translation>
    </message>
    <message>
        <source>The code is damaged or cut short: %1</source>
        <translation>Код пошкоджений або обрізаний: %1</translation>
    </message>
    <message>
        <source>A certificate in the code cannot be read: %1</source>
        <translation>Сертифікат у коді не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>The code does not carry its signer&apos;s certificate, and this computer does not know the key %1. It cannot be checked.</source>
        <translation>Код не містить сертифіката підписувача, а цей комп&apos;ютер не знає ключа %1. Його неможливо перевірити.</translation>
    </message>
    <message>
        <source>The key id %1 does not belong to the certificate in the code.</source>
        <translation>Ідентифікатор ключа %1 не належить сертифікату в коді.</translation>
    </message>
    <message>
        <source>The signature does not match: the code was changed after it was signed, or forged.</source>
        <translation>Підпис не збігається: код змінено після підписання або підроблено.</translation>
    </message>
    <message>
        <source>The code is dated in the future (%1).</source>
        <translation>Код датовано майбутнім часом (%1).</translation>
    </message>
    <message>
        <source>The code expired on %1.</source>
        <translation>Строк дії коду скінчився %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted: %1</source>
        <translation>Сертифікат підписувача не довірений: %1</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not qualified.</source>
        <translation>Сертифікат підписувача не кваліфікований.</translation>
    </message>
    <message>
        <source>The signer (%1) does not belong to the organisation named in the code (%2).</source>
        <translation>Підписувач (%1) не належить до організації, названої в коді (%2).</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>The key is not available.</source>
        <translation>Ключ недоступний.</translation>
    </message>
    <message>
        <source>The key could not sign: %1</source>
        <translation>Ключ не зміг підписати: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <source>The certificate&apos;s key (%1) cannot be used by this version of Kopii.</source>
        <translation>Ключ сертифіката (%1) ця версія «Копій» використати не може.</translation>
    </message>
    <message>
        <source>The signature does not match the certificate&apos;s key.</source>
        <translation>Підпис не відповідає ключу сертифіката.</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>Відкритий ключ не вдається прочитати.</translation>
    </message>
    <message>
        <source>The signature does not match the key.</source>
        <translation>Підпис не відповідає ключу.</translation>
    </message>
    <message>
        <source>A P-256 point has 32-byte coordinates.</source>
        <translation>Точка P-256 має 32-байтові координати.</translation>
    </message>
    <message>
        <source>The ECDSA signature cannot be read.</source>
        <translation>Підпис ECDSA не вдається прочитати.</translation>
    </message>
    <message>
        <source>The ECDSA signature does not fit the curve.</source>
        <translation>Підпис ECDSA не відповідає кривій.</translation>
    </message>
    <message>
        <source>The ECDSA signature has a wrong length.</source>
        <translation>Підпис ECDSA має неправильну довжину.</translation>
    </message>
    <message>
        <source>The ECDSA signature could not be converted.</source>
        <translation>Не вдалося перетворити підпис ECDSA.</translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
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
        <source>check the database</source>
        <translation>перевірити базу даних</translation>
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
        <source>Deleted, but the deleted documents could not yet be wiped from the workspace&apos;s journal file, because another Kopii program (the watcher, or another window) is reading it. They are wiped at the next deletion or the next start of Kopii.</source>
        <translation>Видалено, але видалені документи ще не вдалося стерти з журнального файлу робочого простору, бо його читає інша програма «Копії» (служба стеження або інше вікно). Їх буде стерто під час наступного видалення або наступного запуску «Копій».</translation>
    </message>
    <message>
        <source>The copy %1 saved before an upgrade could not be removed; it holds citizens&apos; documents. Delete it by hand.</source>
        <translation>Не вдалося видалити копію %1, збережену перед оновленням; у ній є документи громадян. Видаліть її вручну.</translation>
    </message>
    <message>
        <source>Kopii tried to change the workspace through a connection meant for reading.</source>
        <translation>Копії спробували змінити робочий простір через з’єднання, відкрите лише для читання.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workspace database: give the path of a kopii.db file, or an office server&apos;s address (postgresql://...).</source>
        <translation>«%1» — не база даних робочого простору: вкажіть шлях до файлу kopii.db або адресу сервера установи (postgresql://...).</translation>
    </message>
    <message>
        <source>take the lead of the mailbox</source>
        <translation>перейняти стеження за скринькою</translation>
    </message>
    <message>
        <source>reach the database</source>
        <translation>зв’язатися з базою даних</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>RNOKPP (tax number): &quot;%1&quot; is not a valid 10-digit RNOKPP.</source>
        <translation>РНОКПП (податковий номер): «%1» не є правильним 10-значним РНОКПП.</translation>
    </message>
    <message>
        <source>Full name: must have 1 to 100 characters.</source>
        <translation>ПІБ: має містити від 1 до 100 символів.</translation>
    </message>
    <message>
        <source>Only a manager who has logged in can add employees.</source>
        <translation>Додавати працівників може лише керівник, який увійшов у систему.</translation>
    </message>
    <message>
        <source>%1 is the only manager; make someone else a manager first.</source>
        <translation>%1 — єдиний керівник; спершу призначте керівником когось іншого.</translation>
    </message>
    <message>
        <source>Only a manager who has logged in can remove employees.</source>
        <translation>Вилучати працівників може лише керівник, який увійшов у систему.</translation>
    </message>
    <message>
        <source>There is no employee with the RNOKPP %1.</source>
        <translation>Працівника з РНОКПП %1 немає.</translation>
    </message>
    <message>
        <source>%1 is the only manager and cannot be removed.</source>
        <translation>%1 — єдиний керівник, його не можна вилучити.</translation>
    </message>
    <message>
        <source>This workspace already has its manager.</source>
        <translation>У цього робочого простору вже є керівник.</translation>
    </message>
</context>
<context>
    <name>StaffSql</name>
    <message>
        <source>read the employees</source>
        <translation>прочитати працівників</translation>
    </message>
    <message>
        <source>save the employee</source>
        <translation>зберегти працівника</translation>
    </message>
    <message>
        <source>remove the employee</source>
        <translation>вилучити працівника</translation>
    </message>
    <message>
        <source>There is no employee with the RNOKPP %1.</source>
        <translation>Працівника з РНОКПП %1 немає.</translation>
    </message>
</context>
<context>
    <name>SubmissionSql</name>
    <message>
        <source>store the submission</source>
        <translation>зберегти надходження</translation>
    </message>
    <message>
        <source>This message is already stored.</source>
        <translation>Цей лист уже збережено.</translation>
    </message>
    <message>
        <source>read the submissions</source>
        <translation>прочитати надходження</translation>
    </message>
    <message>
        <source>update the inbox summary</source>
        <translation>оновити зведення вхідних</translation>
    </message>
    <message>
        <source>read the submission</source>
        <translation>прочитати надходження</translation>
    </message>
    <message>
        <source>There is no submission number %1.</source>
        <translation>Немає надходження номер %1.</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>прочитати лист</translation>
    </message>
    <message>
        <source>There is no stored message for submission %1.</source>
        <translation>Для надходження %1 немає збереженого листа.</translation>
    </message>
    <message>
        <source>save the verification</source>
        <translation>зберегти результат перевірки</translation>
    </message>
    <message>
        <source>read the documents</source>
        <translation>прочитати документи</translation>
    </message>
    <message>
        <source>read the document</source>
        <translation>прочитати документ</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Немає документа номер %1.</translation>
    </message>
    <message>
        <source>change the submission</source>
        <translation>змінити надходження</translation>
    </message>
    <message>
        <source>delete the submission</source>
        <translation>видалити надходження</translation>
    </message>
    <message>
        <source>delete old submissions</source>
        <translation>видалити старі надходження</translation>
    </message>
    <message>
        <source>There is no submission number %1: somebody has deleted it.</source>
        <translation>Немає надходження номер %1: його хтось видалив.</translation>
    </message>
    <message>
        <source>Somebody else changed submission %1 in the meantime. Kopii shows it as it is now; do it again if it is still needed.</source>
        <translation>Тим часом надходження номер %1 змінив хтось інший. «Копії» показують його таким, яким воно є зараз; повторіть дію, якщо вона ще потрібна.</translation>
    </message>
    <message>
        <source>read the service&apos;s retention</source>
        <translation>прочитати строк зберігання послуги</translation>
    </message>
    <message>
        <source>There is no service number %1.</source>
        <translation>Послуги з номером %1 немає.</translation>
    </message>
    <message>
        <source>change the service&apos;s retention</source>
        <translation>змінити строк зберігання послуги</translation>
    </message>
    <message>
        <source>change the legal hold</source>
        <translation>змінити юридичне утримання</translation>
    </message>
    <message>
        <source>Submission %1 is on legal hold (%2), so it cannot be deleted. A manager lifts the hold first.</source>
        <translation>Надходження %1 під юридичним утриманням (%2), тому його не можна видалити. Спершу керівник має зняти утримання.</translation>
    </message>
</context>
<context>
    <name>Timestamp</name>
    <message>
        <source>The timestamp attached to the signature cannot be read.</source>
        <translation>Позначку часу, додану до підпису, неможливо прочитати.</translation>
    </message>
    <message>
        <source>The timestamp attached to the signature is damaged: it is not an RFC 3161 token.</source>
        <translation>Позначку часу, додану до підпису, пошкоджено: це не позначка RFC 3161.</translation>
    </message>
    <message>
        <source>The timestamp attached to the signature is damaged: its content cannot be read.</source>
        <translation>Позначку часу, додану до підпису, пошкоджено: її вміст неможливо прочитати.</translation>
    </message>
    <message>
        <source>The timestamp is signed with %1, which this version of Kopii cannot check yet.</source>
        <translation>Позначку часу підписано алгоритмом %1, який ця версія Копій ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature does not verify: it was forged or damaged.</source>
        <translation>Власний підпис позначки часу не сходиться: її підроблено або пошкоджено.</translation>
    </message>
    <message>
        <source>The timestamp&apos;s content was changed after the authority signed it.</source>
        <translation>Вміст позначки часу змінено після того, як служба її підписала.</translation>
    </message>
    <message>
        <source>The timestamp does not name the certificate of its authority (ESS signingCertificate).</source>
        <translation>Позначка часу не вказує сертифіката своєї служби (ESS signingCertificate).</translation>
    </message>
    <message>
        <source>The timestamp uses a hash function Kopii does not know.</source>
        <translation>Позначка часу використовує геш-функцію, невідому Копіям.</translation>
    </message>
    <message>
        <source>The timestamp belongs to another signature, not to this one.</source>
        <translation>Позначка часу належить іншому підпису, а не цьому.</translation>
    </message>
    <message>
        <source>The timestamp of &quot;%1&quot; cannot be relied on: %2</source>
        <translation>На позначку часу від «%1» не можна покладатися: %2</translation>
    </message>
    <message>
        <source>The timestamp was signed by &quot;%1&quot;, whose certificate is not meant for time-stamping.</source>
        <translation>Позначку часу підписав «%1», чий сертифікат не призначений для позначок часу.</translation>
    </message>
    <message>
        <source>Timestamp of %1 by &quot;%2&quot;.</source>
        <translation>Позначка часу %1 від «%2».</translation>
    </message>
    <message>
        <source>Not a CMS signature of one signer.</source>
        <translation>Це не підпис CMS одного підписувача.</translation>
    </message>
    <message>
        <source>Not an RFC 3161 timestamp token.</source>
        <translation>Це не позначка часу RFC 3161.</translation>
    </message>
    <message>
        <source>Cannot add the timestamp.</source>
        <translation>Не вдалося додати позначку часу.</translation>
    </message>
    <message>
        <source>Cannot write the signature.</source>
        <translation>Не вдалося записати підпис.</translation>
    </message>
    <message>
        <source>The timestamp uses the hash %1 with DSTU 4145, which this version of Kopii cannot check yet.</source>
        <translation>Позначка часу використовує з ДСТУ 4145 геш-функцію %1, яку ця версія «Копій» ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>The timestamp does not carry the certificate of the authority that made it, and the trust store does not know it: import the time-stamping authority&apos;s certificate.</source>
        <translation>Позначка часу не містить сертифіката служби, що її створила, і сховище довіри його не знає: імпортуйте сертифікат служби позначок часу.</translation>
    </message>
    <message>
        <source>The content timestamp is over another document, not over the one signed.</source>
        <translation>Позначку часу вмісту поставлено на інший документ, а не на підписаний.</translation>
    </message>
    <message>
        <source>The document existed at %1: content timestamp by &quot;%2&quot;.</source>
        <translation>Документ існував %1: позначка часу вмісту від «%2».</translation>
    </message>
    <message>
        <source>The document timestamp is over another version of the file, not over this one.</source>
        <translation>Позначка часу документа стосується іншої версії файлу, а не цієї.</translation>
    </message>
    <message>
        <source>The file existed as it is at %1: document timestamp by &quot;%2&quot;.</source>
        <translation>Файл у такому вигляді існував %1: позначка часу документа від «%2».</translation>
    </message>
    <message>
        <source>The archive timestamp does not match the signature and its validation data as they are now: something in them was changed or removed after archiving.</source>
        <translation>Архівна позначка часу не відповідає підпису та даним для його перевірки в теперішньому вигляді: після архівування в них щось змінили або вилучили.</translation>
    </message>
    <message>
        <source>The signature and its validation data existed as they are at %1: archive timestamp by &quot;%2&quot;.</source>
        <translation>Підпис і дані для його перевірки в такому вигляді існували %1: архівна позначка часу від «%2».</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>unknown subcommand &quot;token %1&quot;</source>
        <translation>невідома підкоманда «token %1»</translation>
    </message>
    <message>
        <source>Token %1, serial %2</source>
        <translation>Токен %1, серійний номер %2</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>чинний до</translation>
    </message>
    <message>
        <source>, not for signing</source>
        <translation>, не для підпису</translation>
    </message>
    <message>
        <source>No token is connected to %1.</source>
        <translation>До %1 не під’єднано жодного токена.</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>root</source>
        <translation>корінь</translation>
    </message>
    <message>
        <source>CA  </source>
        <translation>ЦСК </translation>
    </message>
    <message>
        <source>valid to %1</source>
        <translation>чинний до %1</translation>
    </message>
    <message>
        <source>(comes with Kopii)</source>
        <translation>(постачається з «Копіями»)</translation>
    </message>
    <message numerus="yes">
        <source>%n revocation list(s) imported.</source>
        <translation>
            <numerusform>Імпортовано %n список відкликаних сертифікатів.</numerusform>
            <numerusform>Імпортовано %n списки відкликаних сертифікатів.</numerusform>
            <numerusform>Імпортовано %n списків відкликаних сертифікатів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust this self-signed root (its SHA-256 fingerprint, as shown when it was left out).</source>
        <translation>Довіряти цьому самопідписаному кореневому сертифікату (його відбиток SHA-256, як його показано, коли сертифікат пропущено).</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>додано: %1</translation>
    </message>
    <message>
        <source>already trusted: %1</source>
        <translation>уже довірений: %1</translation>
    </message>
    <message>
        <source>withdrawn by the trusted list, no longer trusted: %1</source>
        <translation>відкликано довірчим списком, довіри більше немає: %1</translation>
    </message>
    <message>
        <source>left out: the root &quot;%1&quot; is trusted only when you confirm it. Compare its fingerprint with the one its provider publishes, then import again with --add-anchor %2</source>
        <translation>пропущено: кореневому сертифікату «%1» довіряють, лише коли ви це підтвердите. Порівняйте його відбиток із тим, що публікує надавач, і тоді імпортуйте знову з --add-anchor %2</translation>
    </message>
    <message>
        <source>No signer of trusted lists is allowed yet: add the ЦЗО&apos;s with `kopii-cli trust tl-signer add CERT`.</source>
        <translation>Ще не дозволено жодного підписувача довірчих списків: додайте підписувача ЦЗО командою `kopii-cli trust tl-signer add CERT`.</translation>
    </message>
    <message>
        <source>Give exactly one certificate, the trusted list&apos;s signer&apos;s.</source>
        <translation>Укажіть рівно один сертифікат — підписувача довірчого списку.</translation>
    </message>
    <message>
        <source>Trusted lists signed by &quot;%1&quot; (SHA-256 %2) are accepted from now on.</source>
        <translation>Відтепер приймаються довірчі списки, підписані «%1» (SHA-256 %2).</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;trust tl-signer %1&quot;</source>
        <translation>невідома підкоманда «trust tl-signer %1»</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;trust %1&quot;</source>
        <translation>невідома підкоманда «trust %1»</translation>
    </message>
</context>
<context>
    <name>TrustSql</name>
    <message>
        <source>read the trust store</source>
        <translation>прочитати сховище довірених сертифікатів</translation>
    </message>
    <message>
        <source>write the trust store</source>
        <translation>записати сховище довірених сертифікатів</translation>
    </message>
    <message>
        <source>read the revocation answers</source>
        <translation>прочитати відповіді про скасування сертифікатів</translation>
    </message>
    <message>
        <source>save the revocation answers</source>
        <translation>зберегти відповіді про скасування сертифікатів</translation>
    </message>
    <message>
        <source>The trust store has no entry %1.</source>
        <translation>У сховищі довірених сертифікатів немає запису %1.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or CRL file.</source>
        <translation>%1 завеликий для файлу сертифіката або СВС.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a personal certificate, not a certificate authority&apos;s. Import the CA certificates of the trust service provider instead (e.g. CACertificates.p7b).</source>
        <translation>«%1» — це особистий сертифікат, а не сертифікат центру сертифікації. Імпортуйте натомість сертифікати ЦСК надавача довірчих послуг (наприклад, CACertificates.p7b).</translation>
    </message>
    <message>
        <source>Neither a certificate nor a CRL was found: expected DER or PEM certificates, a PKCS#7 (.p7b) bundle, or a CRL.</source>
        <translation>Не знайдено ні сертифіката, ні списку відкликаних сертифікатів: очікуються сертифікати DER або PEM, пакет PKCS#7 (.p7b) або СВС.</translation>
    </message>
    <message>
        <source>CRL of %1</source>
        <translation>СВС %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes with Kopii and cannot be removed.</source>
        <translation>«%1» постачається з Копії, його не можна вилучити.</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>Немає сертифіката для перевірки.</translation>
    </message>
    <message>
        <source>The certificate of the issuer &quot;%1&quot; is not in the trust store. Import the CA certificates of this trust service provider (e.g. CACertificates.p7b).</source>
        <translation>Сертифіката видавця «%1» немає у сховищі довірених. Імпортуйте сертифікати ЦСК цього надавача довірчих послуг (наприклад, CACertificates.p7b).</translation>
    </message>
    <message>
        <source>The chain ends at &quot;%1&quot;, a root that is not trusted.</source>
        <translation>Ланцюжок закінчується на «%1» — корені, якому не довіряють.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2 (checked at %3).</source>
        <translation>Сертифікат «%1» втратив чинність %2 (перевірено на %3).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid only from %2 (checked at %3).</source>
        <translation>Сертифікат «%1» чинний лише з %2 (перевірено на %3).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has been revoked by its issuer.</source>
        <translation>Сертифікат «%1» відкликано його видавцем.</translation>
    </message>
    <message>
        <source>The issuer&apos;s signature on &quot;%1&quot; does not verify.</source>
        <translation>Підпис видавця на «%1» не перевіряється.</translation>
    </message>
    <message>
        <source>The signature on &quot;%1&quot; uses %2, which this version of Kopii cannot check yet.</source>
        <translation>Підпис на «%1» використовує %2, який ця версія «Копій» ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed to issue certificates.</source>
        <translation>«%1» не має права видавати сертифікати.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>«%1»: %2.</translation>
    </message>
    <message>
        <source>The chain reaches the trusted root &quot;%1&quot;, but its signatures use %2, which this version of Kopii cannot check yet.</source>
        <translation>Ланцюжок доходить до довіреного кореня «%1», але його підписи використовують %2, який ця версія «Копій» ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>The signatures on this chain use %1, which this version of Kopii cannot check yet.</source>
        <translation>Підписи в цьому ланцюжку використовують %1, який ця версія «Копій» ще не вміє перевіряти.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; was not valid at %2 (valid %3 to %4).</source>
        <translation>Сертифікат «%1» не був чинним на %2 (чинний з %3 до %4).</translation>
    </message>
    <message>
        <source>The chain could not be built.</source>
        <translation>Не вдалося побудувати ланцюжок.</translation>
    </message>
    <message>
        <source>The trusted list was refused: %1</source>
        <translation>Довірчий список відхилено: %1</translation>
    </message>
    <message>
        <source>it is not signed, so nothing shows that it is the ЦЗО&apos;s. Import the list as published by the ЦЗО.</source>
        <translation>його не підписано, тож ніщо не свідчить, що це список ЦЗО. Імпортуйте список у тому вигляді, як його публікує ЦЗО.</translation>
    </message>
    <message>
        <source>it is signed by &quot;%1&quot; (SHA-256 %2), who is not a signer of trusted lists Kopii knows. A manager who has checked that certificate can allow it with `kopii-cli trust tl-signer add`.</source>
        <translation>його підписав «%1» (SHA-256 %2), а це не відомий «Копіям» підписувач довірчих списків. Керівник, який перевірив цей сертифікат, може дозволити його командою `kopii-cli trust tl-signer add`.</translation>
    </message>
    <message>
        <source>its signer&apos;s certificate &quot;%1&quot; is not valid now (valid %2 to %3).</source>
        <translation>сертифікат його підписувача «%1» зараз нечинний (чинний з %2 до %3).</translation>
    </message>
    <message>
        <source>it is the list of &quot;%1&quot;, not of Ukraine (UA).</source>
        <translation>це список «%1», а не України (UA).</translation>
    </message>
    <message>
        <source>it has no sequence number (TSLSequenceNumber).</source>
        <translation>у ньому немає порядкового номера (TSLSequenceNumber).</translation>
    </message>
    <message>
        <source>it is an older list (number %1) than the one imported before (number %2).</source>
        <translation>це старіший список (номер %1), ніж імпортований раніше (номер %2).</translation>
    </message>
    <message>
        <source>The trusted list (number %1) is signed by &quot;%2&quot;; its signature holds.</source>
        <translation>Довірчий список (номер %1) підписав «%2»; підпис дійсний.</translation>
    </message>
    <message>
        <source>This list should have been replaced on %1: look for a newer one.</source>
        <translation>Цей список мали замінити %1: пошукайте новіший.</translation>
    </message>
    <message>
        <source>it grants no qualified certificate authority.</source>
        <translation>він не надає статусу жодному кваліфікованому центру сертифікації.</translation>
    </message>
    <message>
        <source>There is no certificate to allow.</source>
        <translation>Немає сертифіката, який можна дозволити.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trust store as a certificate authority; a signer of trusted lists is kept apart.</source>
        <translation>«%1» уже є у сховищі довіри як центр сертифікації; підписувачі довірчих списків зберігаються окремо.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a personal certificate: it is used for this run only to find a signer&apos;s certificate that a signature does not carry, and is never trusted by itself.</source>
        <translation>«%1» — особистий сертифікат: під час цієї перевірки він служить лише для того, щоб знайти сертифікат підписувача, якого підпис не містить, і сам по собі довіри не отримує.</translation>
    </message>
</context>
<context>
    <name>TrustedList</name>
    <message>
        <source>The trusted list is not well-formed XML (line %1): %2.</source>
        <translation>Довірчий список не є правильним XML (рядок %1): %2.</translation>
    </message>
    <message>
        <source>The XML file is not a trusted list (TrustServiceStatusList).</source>
        <translation>Цей XML-файл не є довірчим списком (TrustServiceStatusList).</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>The trusted list declares a document type (DOCTYPE); a trusted list never does.</source>
        <translation>Довірчий список оголошує тип документа (DOCTYPE); справжній довірчий список цього ніколи не робить.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>is required, but is empty</source>
        <translation>обов&apos;язкове поле, але воно порожнє</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long, but has %1</source>
        <translation>
            <numerusform>має містити щонайменше %n символ, а містить %1</numerusform>
            <numerusform>має містити щонайменше %n символи, а містить %1</numerusform>
            <numerusform>має містити щонайменше %n символів, а містить %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long, but has %1</source>
        <translation>
            <numerusform>має містити не більше %n символу, а містить %1</numerusform>
            <numerusform>має містити не більше %n символів, а містить %1</numerusform>
            <numerusform>має містити не більше %n символів, а містить %1</numerusform>
        </translation>
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
        <source>Head&apos;s full name</source>
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
        <source>must be exactly %n digit(s), but &quot;%1&quot; is not</source>
        <translation>
            <numerusform>має складатися рівно з %n цифри, а «%1» — ні</numerusform>
            <numerusform>має складатися рівно з %n цифр, а «%1» — ні</numerusform>
            <numerusform>має складатися рівно з %n цифр, а «%1» — ні</numerusform>
        </translation>
    </message>
    <message>
        <source>the check digit of %1 does not match; look for a mistyped digit</source>
        <translation>контрольна цифра %1 не збігається; перевірте, чи не помилилися в цифрі</translation>
    </message>
    <message>
        <source>must be a surname and a name (and patronymic) in letters, separated by spaces</source>
        <translation>має містити прізвище та ім&apos;я (і по батькові) літерами, через пробіл</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address of the form name@example.com</source>
        <translation>«%1» не є адресою e-mail виду name@example.com</translation>
    </message>
    <message>
        <source>choose at least one document to request</source>
        <translation>виберіть хоча б один документ, який запитувати</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known document kind; known kinds: %2</source>
        <translation>«%1» — невідомий вид документа; відомі види: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address starting with https://</source>
        <translation>«%1» не є вебадресою, що починається з https://</translation>
    </message>
</context>
<context>
    <name>VerificationPipeline</name>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>невідомий підписувач</translation>
    </message>
    <message>
        <source>%1 — %2, signed by %3</source>
        <translation>%1 — %2, підписав(ла) %3</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Форма: %1</translation>
    </message>
    <message>
        <source>The document came without a signature (.p7s) and carries none of its own.</source>
        <translation>Документ надійшов без підпису (.p7s) і не містить власного.</translation>
    </message>
</context>
<context>
    <name>VerificationProtocol</name>
    <message>
        <source>The signature is valid</source>
        <translation>Підпис дійсний</translation>
    </message>
    <message>
        <source>The signature holds, with warnings (see the checks)</source>
        <translation>Підпис цілий, але є застереження (див. перевірки)</translation>
    </message>
    <message>
        <source>The signature holds, but it is not a qualified one (not a KEP)</source>
        <translation>Підпис цілий, але не кваліфікований (не КЕП)</translation>
    </message>
    <message>
        <source>The signature is NOT valid</source>
        <translation>Підпис НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>The signature cannot be confirmed (see the reason)</source>
        <translation>Підпис не вдається підтвердити (див. причину)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не підтверджено</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>застереження</translation>
    </message>
    <message>
        <source>proven by a trusted timestamp on the signature</source>
        <translation>доведено довіреною позначкою часу на підписі</translation>
    </message>
    <message>
        <source>when Kopii received the signature (it existed then)</source>
        <translation>час, коли «Копії» отримали підпис (тоді він уже існував)</translation>
    </message>
    <message>
        <source>the time of this check: nothing proves that the signature existed earlier</source>
        <translation>час цієї перевірки: ніщо не доводить, що підпис існував раніше</translation>
    </message>
    <message>
        <source>yes, an electronic seal</source>
        <translation>так, електронна печатка</translation>
    </message>
    <message>
        <source>no, a person&apos;s signature</source>
        <translation>ні, підпис особи</translation>
    </message>
    <message>
        <source>no (the certificate does not name it a seal)</source>
        <translation>ні (сертифікат не називає його печаткою)</translation>
    </message>
    <message>
        <source>inside the PDF (PAdES)</source>
        <translation>усередині PDF (PAdES)</translation>
    </message>
    <message>
        <source>enveloping: the data inside the signature file</source>
        <translation>інтегрований: дані всередині файлу підпису</translation>
    </message>
    <message>
        <source>detached: the data in a separate file</source>
        <translation>відокремлений: дані в окремому файлі</translation>
    </message>
    <message>
        <source>Signature %1 of %2</source>
        <translation>Підпис %1 з %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>a counter-signature</source>
        <translation>контрпідпис</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Підписувач</translation>
    </message>
    <message>
        <source>unknown: the signer&apos;s certificate is not in the file</source>
        <translation>невідомий: сертифіката підписувача немає у файлі</translation>
    </message>
    <message>
        <source>Kind of signature</source>
        <translation>Вид підпису</translation>
    </message>
    <message>
        <source>Electronic seal</source>
        <translation>Електронна печатка</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>RNOKPP</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>EDRPOU</source>
        <translation>ЄДРПОУ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Signing time (as the signer states it)</source>
        <translation>Час підпису (як зазначає підписувач)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Позначка часу</translation>
    </message>
    <message>
        <source>%1, from a trusted timestamping service: it proves the signature existed then</source>
        <translation>%1, від довіреного надавача позначок часу: доводить, що підпис тоді вже існував</translation>
    </message>
    <message>
        <source>none: the signing time is not proven</source>
        <translation>немає: час підпису не доведено</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Сертифікат видав</translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation>Серійний номер сертифіката</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Сертифікат чинний</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>з %1 до %2</translation>
    </message>
    <message>
        <source>Private key medium</source>
        <translation>Носій особистого ключа</translation>
    </message>
    <message>
        <source>a qualified signature creation device, as the certificate states</source>
        <translation>засіб кваліфікованого електронного підпису, як зазначено в сертифікаті</translation>
    </message>
    <message>
        <source>not stated in the certificate</source>
        <translation>не зазначено в сертифікаті</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>Signature type</source>
        <translation>Тип підпису</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>CMS (PKCS#7), file %1</source>
        <translation>CMS (PKCS#7), файл %1</translation>
    </message>
    <message>
        <source>Signature format</source>
        <translation>Формат підпису</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>не визначено</translation>
    </message>
    <message>
        <source>Time the check refers to</source>
        <translation>Час, на який перевірено підпис</translation>
    </message>
    <message>
        <source>ETSI indication</source>
        <translation>Висновок за ETSI</translation>
    </message>
    <message>
        <source>Checks made by Kopii</source>
        <translation>Перевірки, які виконали «Копії»</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Наслідок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>qualified electronic signature (KEP)</source>
        <translation>кваліфікований електронний підпис (КЕП)</translation>
    </message>
    <message>
        <source>the certificate says qualified; no trusted list confirms it</source>
        <translation>сертифікат заявляє про кваліфікованість; жоден довірчий список цього не підтверджує</translation>
    </message>
    <message>
        <source>advanced electronic signature, not qualified (not a KEP)</source>
        <translation>удосконалений електронний підпис, не кваліфікований (не КЕП)</translation>
    </message>
    <message>
        <source>VERIFICATION PROTOCOL</source>
        <translation>ПРОТОКОЛ ПЕРЕВІРКИ</translation>
    </message>
    <message>
        <source>of the electronic signatures and seals of documents</source>
        <translation>електронних підписів і печаток документів</translation>
    </message>
    <message>
        <source>Date and time of the check</source>
        <translation>Дата і час перевірки</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Перевірила установа</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Надходження</translation>
    </message>
    <message>
        <source>No. %1, received %2</source>
        <translation>№ %1, отримано %2</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Надіслано на адресу</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Перевірено документів</translation>
    </message>
    <message>
        <source>Document %1 of %2: %3</source>
        <translation>Документ %1 з %2: %3</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 байтів</translation>
    </message>
    <message>
        <source>Signature file</source>
        <translation>Файл підпису</translation>
    </message>
    <message>
        <source>SHA-256 of the signed data</source>
        <translation>SHA-256 підписаних даних</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Checked against</source>
        <translation>Підстави перевірки</translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation>Довірчий список</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 від %2</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>не імпортовано</translation>
    </message>
    <message>
        <source>Trust store version</source>
        <translation>Версія сховища довіри</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>Програма перевірки</translation>
    </message>
    <message>
        <source>This protocol records the check Kopii made at the date and time above. Any program that checks qualified electronic signatures (czo.gov.ua, id.gov.ua) can check the same files again.</source>
        <translation>Цей протокол фіксує перевірку, яку «Копії» виконали в зазначені вище дату й час. Будь-яка програма перевірки кваліфікованих електронних підписів (czo.gov.ua, id.gov.ua) може перевірити ті самі файли повторно.</translation>
    </message>
    <message>
        <source>There is no document to write a protocol of.</source>
        <translation>Немає документа, для якого можна скласти протокол.</translation>
    </message>
    <message>
        <source>Verification protocol</source>
        <translation>Протокол перевірки</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>--at takes a time like 2026-11-26T10:00:00Z</source>
        <translation>--at приймає час на зразок 2026-11-26T10:00:00Z</translation>
    </message>
    <message>
        <source>kopii-cli: the root &quot;%1&quot; in %2 is left out; to trust it for this run, add --add-anchor %3</source>
        <translation>kopii-cli: кореневий сертифікат «%1» у %2 пропущено; щоб довіряти йому під час цієї перевірки, додайте --add-anchor %3</translation>
    </message>
    <message>
        <source>Signed by %1, RNOKPP %2, at %3</source>
        <translation>Підписав(ла) %1, РНОКПП %2, о %3</translation>
    </message>
    <message>
        <source>--content names the file one detached signature signs: give exactly one signature with it</source>
        <translation>--content вказує файл, який підписує один окремий підпис: задайте з ним рівно один підпис</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Форма: %1</translation>
    </message>
    <message>
        <source>an unstated time</source>
        <translation>час не зазначено</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>drop folder</source>
        <translation>тека для файлів</translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s)</source>
        <translation>
            <numerusform>%n нове надходження</numerusform>
            <numerusform>%n нові надходження</numerusform>
            <numerusform>%n нових надходжень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n mailbox(es) and %1; stop with Ctrl+C.</source>
        <translation>
            <numerusform>Стежу за %n скринькою та %1; зупинити — Ctrl+C.</numerusform>
            <numerusform>Стежу за %n скриньками та %1; зупинити — Ctrl+C.</numerusform>
            <numerusform>Стежу за %n скриньками та %1; зупинити — Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Зупинено.</translation>
    </message>
    <message>
        <source>Mailbox %1: new %2, with documents %3, stored %4, already stored %5, failed %6</source>
        <translation>Скринька %1: нових %2, з документами %3, збережено %4, уже були %5, непрочитані %6</translation>
    </message>
    <message>
        <source>mailbox %1: %2</source>
        <translation>скринька %1: %2</translation>
    </message>
    <message>
        <source>Drop folder %1: stored %2, already stored %3, failed %4, still being written %5</source>
        <translation>Тека для файлів %1: збережено %2, уже були %3, непрочитані %4, ще записуються %5</translation>
    </message>
    <message>
        <source>Signatures checked: %1 document(s)</source>
        <translation>Перевірено підписів документів: %1</translation>
    </message>
    <message>
        <source>technical cause: %1</source>
        <translation>технічна причина: %1</translation>
    </message>
    <message>
        <source>this watcher leads the mailbox</source>
        <translation>за скринькою стежить ця служба стеження</translation>
    </message>
    <message>
        <source>the connection to the workspace&apos;s database is lost: %1</source>
        <translation>з’єднання з базою даних робочого простору втрачено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n mailbox(es); stop with Ctrl+C.</source>
        <translation>
            <numerusform>Стежу за %n скринькою; зупинити — Ctrl+C.</numerusform>
            <numerusform>Стежу за %n скриньками; зупинити — Ctrl+C.</numerusform>
            <numerusform>Стежу за %n скриньками; зупинити — Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>--standby-seconds takes a number of seconds from 1 to 3600</source>
        <translation>--standby-seconds приймає кількість секунд від 1 до 3600</translation>
    </message>
    <message>
        <source>mailbox %1: sign in again with: kopii-cli mailbox sign-in %2</source>
        <translation>скринька %1: увійдіть знову командою: kopii-cli mailbox sign-in %2</translation>
    </message>
</context>
<context>
    <name>WorkLease</name>
    <message>
        <source>%1 is working on this submission (until %2, unless renewed). Choose another one, or ask %1.</source>
        <translation>Над цим надходженням працює %1 (до %2, якщо не продовжить). Виберіть інше або зверніться до %1.</translation>
    </message>
    <message>
        <source>read who works on the submission</source>
        <translation>прочитати, хто працює над надходженням</translation>
    </message>
    <message>
        <source>There is no submission number %1.</source>
        <translation>Немає надходження номер %1.</translation>
    </message>
    <message>
        <source>take the submission</source>
        <translation>взяти надходження в роботу</translation>
    </message>
    <message>
        <source>give the submission back</source>
        <translation>звільнити надходження</translation>
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
        <source>The workspace folder %1 is read-only, so Kopii cannot keep its records there. Check the folder&apos;s permissions and the disk, or choose another workspace.</source>
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
        <source>Could not lock the workspace %1 for this program. Check the folder&apos;s permissions.</source>
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
    <message>
        <source>The workspace folder %1 belongs to another user of this computer, who could read and change the citizens&apos; documents in it. Choose a folder of your own, for example in your home folder.</source>
        <translation>Тека робочого простору %1 належить іншому користувачеві цього комп’ютера, який міг би читати й змінювати документи громадян у ній. Виберіть власну теку, наприклад у своїй домашній теці.</translation>
    </message>
    <message>
        <source>The workspace folder %1 cannot be made private to you, so other users of this computer could read the citizens&apos; documents in it. Choose a folder of your own, for example in your home folder.</source>
        <translation>Теку робочого простору %1 не вдається зробити доступною лише вам, тож інші користувачі цього комп’ютера могли б читати документи громадян у ній. Виберіть власну теку, наприклад у своїй домашній теці.</translation>
    </message>
    <message>
        <source>%1 in the workspace is a link or belongs to another user, so Kopii does not open it. Someone may have changed the workspace folder: ask whoever looks after this computer.</source>
        <translation>%1 у робочому просторі — це посилання або файл іншого користувача, тому «Копії» його не відкривають. Можливо, хтось змінив теку робочого простору: зверніться до того, хто обслуговує цей комп’ютер.</translation>
    </message>
</context>
<context>
    <name>WorkspaceImport</name>
    <message>
        <source>read the workspace</source>
        <translation>прочитати робочий простір</translation>
    </message>
    <message>
        <source>read the table %1</source>
        <translation>прочитати таблицю %1</translation>
    </message>
    <message>
        <source>copy the table %1</source>
        <translation>скопіювати таблицю %1</translation>
    </message>
    <message>
        <source>Only a workspace folder of a single desk can be moved onto a server.</source>
        <translation>На сервер можна перенести лише теку робочого простору одного робочого місця.</translation>
    </message>
    <message>
        <source>The workspace and the server must be of this Kopii&apos;s version: open each with it first.</source>
        <translation>Робочий простір і сервер мають бути версії цих «Копій»: спершу відкрийте кожен із них ними.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds records (%1 in %2): a workspace can be moved only into a new, empty database, before &quot;kopii-cli server init&quot;.</source>
        <translation>База даних сервера вже містить записи (%1 у %2): робочий простір можна перенести лише в нову порожню базу даних, до «kopii-cli server init».</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the workspace (%2 rows there, %3 here): nothing was moved.</source>
        <translation>Копія таблиці %1 відрізняється від робочого простору (там %2 рядків, тут %3): нічого не перенесено.</translation>
    </message>
</context>
<context>
    <name>XmlSignature</name>
    <message>
        <source>The XML cannot be read.</source>
        <translation>XML неможливо прочитати.</translation>
    </message>
    <message>
        <source>The list is not signed.</source>
        <translation>Список не підписано.</translation>
    </message>
    <message>
        <source>The signature uses the hash %1, which Kopii does not check.</source>
        <translation>Підпис використовує геш-функцію %1, яку «Копії» не перевіряють.</translation>
    </message>
    <message>
        <source>The signed part of the list cannot be put in canonical form.</source>
        <translation>Підписану частину списку неможливо привести до канонічного вигляду.</translation>
    </message>
    <message>
        <source>The signature uses the canonicalization %1, which Kopii does not know.</source>
        <translation>Підпис використовує канонізацію %1, якої «Копії» не знають.</translation>
    </message>
    <message>
        <source>The signature does not carry its signer&apos;s certificate.</source>
        <translation>Підпис не містить сертифіката підписувача.</translation>
    </message>
    <message>
        <source>The list is signed with DSTU 4145, but its signer&apos;s key cannot be read.</source>
        <translation>Список підписано за ДСТУ 4145, але ключ підписувача неможливо прочитати.</translation>
    </message>
    <message>
        <source>The list&apos;s signature (DSTU 4145) holds.</source>
        <translation>Підпис списку (ДСТУ 4145) правильний.</translation>
    </message>
    <message>
        <source>The list is signed with %1, which Kopii does not check.</source>
        <translation>Список підписано алгоритмом %1, який «Копії» не перевіряють.</translation>
    </message>
    <message>
        <source>The signature&apos;s algorithm does not match its signer&apos;s key.</source>
        <translation>Алгоритм підпису не відповідає ключу підписувача.</translation>
    </message>
    <message>
        <source>The list&apos;s signature does not match its signer&apos;s key: it was forged or damaged.</source>
        <translation>Підпис списку не відповідає ключу підписувача: його підроблено або пошкоджено.</translation>
    </message>
    <message>
        <source>The list&apos;s signature holds.</source>
        <translation>Підпис списку правильний.</translation>
    </message>
    <message>
        <source>The key or its certificate is not available.</source>
        <translation>Ключ або його сертифікат недоступні.</translation>
    </message>
    <message>
        <source>The XML declares a document type (DOCTYPE), which a signed list never does.</source>
        <translation>XML оголошує тип документа (DOCTYPE), чого підписаний список ніколи не робить.</translation>
    </message>
    <message numerus="yes">
        <source>The list must carry exactly one signature, as its last element (it carries %n, or one elsewhere).</source>
        <translation>
            <numerusform>Список має містити рівно один підпис як останній елемент (він містить %n підпис або підпис в іншому місці).</numerusform>
            <numerusform>Список має містити рівно один підпис як останній елемент (він містить %n підписи або підпис в іншому місці).</numerusform>
            <numerusform>Список має містити рівно один підпис як останній елемент (він містить %n підписів або підпис в іншому місці).</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature holds an element &quot;%1&quot; that a list&apos;s signature does not have.</source>
        <translation>Підпис містить елемент «%1», якого в підписі списку не буває.</translation>
    </message>
    <message>
        <source>The signature is incomplete or repeats its parts (SignedInfo, SignatureValue).</source>
        <translation>Підпис неповний або повторює свої частини (SignedInfo, SignatureValue).</translation>
    </message>
    <message>
        <source>The signature does not cover the whole list (it must have exactly one reference, to the whole document).</source>
        <translation>Підпис не охоплює весь список (він має містити рівно одне посилання — на весь документ).</translation>
    </message>
    <message>
        <source>The signature&apos;s transforms hold something else than transforms.</source>
        <translation>Перетворення підпису містять щось інше, ніж перетворення.</translation>
    </message>
    <message>
        <source>The signature transforms the list in a way a trusted list&apos;s signature does not (%1).</source>
        <translation>Підпис перетворює список у спосіб, якого немає в підписі довірчого списку (%1).</translation>
    </message>
    <message>
        <source>The signature is not an enveloped signature of the whole list.</source>
        <translation>Це не вкладений (enveloped) підпис усього списку.</translation>
    </message>
    <message>
        <source>The list was changed after it was signed.</source>
        <translation>Список змінили після підписання.</translation>
    </message>
    <message>
        <source>The list&apos;s DSTU 4145 signature does not match its signer&apos;s key: it was forged or damaged.</source>
        <translation>Підпис списку ДСТУ 4145 не відповідає ключу підписувача: його підроблено або пошкоджено.</translation>
    </message>
</context>
<context>
    <name>kopii</name>
    <message>
        <source>a certificate</source>
        <translation>сертифікат</translation>
    </message>
    <message>
        <source>a CRL or OCSP answer</source>
        <translation>СВС або відповідь OCSP</translation>
    </message>
    <message>
        <source>an unsigned attribute</source>
        <translation>непідписаний атрибут</translation>
    </message>
</context>
<context>
    <name>kopii::BackgroundWatcher</name>
    <message>
        <source>error: %1</source>
        <translation>помилка: %1</translation>
    </message>
    <message>
        <source>the password is needed: open the mailbox and enter it</source>
        <translation>потрібен пароль: відкрийте скриньку та введіть його</translation>
    </message>
    <message>
        <source>sign in again: open the mailbox and press &quot;Sign in…&quot;</source>
        <translation>увійдіть знову: відкрийте скриньку й натисніть «Увійти…»</translation>
    </message>
</context>
<context>
    <name>kopii::ImapSession</name>
    <message>
        <source>The mail server did not answer for %1 seconds.</source>
        <translation>Поштовий сервер не відповідав %1 с.</translation>
    </message>
    <message>
        <source>The mail server closed the connection.</source>
        <translation>Поштовий сервер закрив з&apos;єднання.</translation>
    </message>
    <message>
        <source>Unencrypted IMAP is allowed only to this computer.</source>
        <translation>Нешифрований IMAP дозволений лише до цього комп&apos;ютера.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>Файл ЦС %1 не містить сертифіката.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate changed: its SHA-256 fingerprint is %1, not the pinned %2.</source>
        <translation>Сертифікат поштового сервера змінився: його відбиток SHA-256 — %1, а не закріплений %2.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; choose TLS (port 993) instead.</source>
        <translation>Сервер не пропонує STARTTLS; виберіть натомість TLS (порт 993).</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection.</source>
        <translation>Сервер не дозволяє входити через це з&apos;єднання.</translation>
    </message>
    <message>
        <source>Unencrypted IMAP is allowed only to this computer, and %1 is not it.</source>
        <translation>Нешифрований IMAP дозволено лише до цього комп’ютера, а %1 — не він.</translation>
    </message>
    <message>
        <source>The program answering on %1:%2 belongs to another user of this computer (user number %3), so Kopii does not send it the password. Start your mail bridge again, or use TLS with a pinned certificate.</source>
        <translation>Програма, що відповідає на %1:%2, належить іншому користувачеві цього комп’ютера (користувач номер %3), тому «Копії» не надсилають їй пароль. Запустіть свій поштовий міст знову або використайте TLS із закріпленим сертифікатом.</translation>
    </message>
    <message>
        <source>Kopii cannot tell which program answers on %1:%2, so it sends no password there unencrypted. Use TLS with a pinned certificate instead.</source>
        <translation>«Копії» не можуть визначити, яка програма відповідає на %1:%2, тому не надсилають туди пароль без шифрування. Використайте натомість TLS із закріпленим сертифікатом.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1:%2 could not be set up.</source>
        <translation>Не вдалося встановити зашифроване з’єднання з %1:%2.</translation>
    </message>
    <message>
        <source>Kopii could not connect to %1:%2. Check the server&apos;s name and port, and this computer&apos;s network connection.</source>
        <translation>«Копії» не змогли під’єднатися до %1:%2. Перевірте назву сервера й порт, а також мережеве з’єднання цього комп’ютера.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted. Its SHA-256 fingerprint is %1.</source>
        <translation>Сертифікат поштового сервера не є довіреним. Його відбиток SHA-256: %1.</translation>
    </message>
    <message>
        <source>The mail server refused to say what it supports (CAPABILITY).</source>
        <translation>Поштовий сервер відмовився повідомити, що він підтримує (CAPABILITY).</translation>
    </message>
    <message>
        <source>The mail server refused to start encryption (STARTTLS).</source>
        <translation>Поштовий сервер відмовився ввімкнути шифрування (STARTTLS).</translation>
    </message>
    <message>
        <source>The server offers only LOGIN, which cannot carry this user name or password (LOGIN takes only Latin letters, digits and signs). Ask the provider for sign-in by AUTHENTICATE PLAIN, or use a user name and password in Latin letters.</source>
        <translation>Сервер пропонує лише LOGIN, яким не можна передати це ім’я користувача чи пароль (LOGIN приймає лише латинські літери, цифри та знаки). Попросіть постачальника про вхід через AUTHENTICATE PLAIN або використайте ім’я користувача й пароль латиницею.</translation>
    </message>
    <message>
        <source>The mail server refused the connection.</source>
        <translation>Поштовий сервер відмовив у з’єднанні.</translation>
    </message>
    <message>
        <source>The mail server ended the session.</source>
        <translation>Поштовий сервер завершив сеанс.</translation>
    </message>
    <message>
        <source>The mail server offers no sign-in with an account of Google, Microsoft or another provider (OAuth 2.0). Sign in with the mailbox&apos;s password or an app password instead.</source>
        <translation>Поштовий сервер не пропонує входу через обліковий запис Google, Microsoft чи іншого постачальника (OAuth 2.0). Увійдіть натомість із паролем скриньки або паролем застосунку.</translation>
    </message>
</context>
<context>
    <name>kopii::MailboxStore</name>
    <message>
        <source>An earlier part of this download could not be stored.</source>
        <translation>Попередню частину цього завантаження не вдалося зберегти.</translation>
    </message>
    <message>
        <source>Kopii stopped twice while reading this message, so it was set aside to let the messages after it arrive. It stays in the mailbox on the server (message number %1): open it in a mail program to see what it is, and tell Kopii&apos;s support.</source>
        <translation>«Копії» двічі зупинялися, читаючи цей лист, тому його відкладено, щоб надійшли листи після нього. Він залишається в поштовій скриньці на сервері (лист номер %1): відкрийте його в поштовій програмі, щоб побачити, що це, і повідомте службу підтримки «Копій».</translation>
    </message>
    <message>
        <source>This message is %1 MB, more than the %2 MB Kopii reads, so it was not downloaded. It stays in the mailbox on the server (message number %3): open it in a mail program to see what it is.</source>
        <translation>Цей лист має %1 МБ — більше за %2 МБ, які читають «Копії», тому його не завантажено. Він лишається в поштовій скриньці на сервері (лист номер %3): відкрийте його в поштовій програмі, щоб побачити, що це.</translation>
    </message>
</context>
<context>
    <name>kopii::MailboxSync</name>
    <message>
        <source>The message could not be stored: %1</source>
        <translation>Лист не вдалося зберегти: %1</translation>
    </message>
    <message>
        <source>The mail server refused the login. Check the user name and the password; some providers also want access by mail programs (IMAP) switched on in the mailbox&apos;s settings on their website.</source>
        <translation>Поштовий сервер відмовив у вході. Перевірте ім’я користувача та пароль; деякі постачальники також вимагають увімкнути доступ для поштових програм (IMAP) у налаштуваннях скриньки на своєму сайті.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be opened.</source>
        <translation>Не вдається відкрити теку «%1».</translation>
    </message>
    <message>
        <source>The mail server refused to search the folder.</source>
        <translation>Поштовий сервер відмовився шукати в теці.</translation>
    </message>
    <message>
        <source>The mail server refused to describe the messages.</source>
        <translation>Поштовий сервер відмовився описати листи.</translation>
    </message>
    <message>
        <source>The mail server refused to send messages %1.</source>
        <translation>Поштовий сервер відмовився надіслати листи %1.</translation>
    </message>
    <message>
        <source>The mail server stopped announcing new mail (IDLE).</source>
        <translation>Поштовий сервер перестав повідомляти про нові листи (IDLE).</translation>
    </message>
    <message>
        <source>The mail server stopped answering the check for new mail (NOOP).</source>
        <translation>Поштовий сервер перестав відповідати на перевірку нових листів (NOOP).</translation>
    </message>
    <message>
        <source>The mail server does not offer sign-in with %1 (OAuth 2.0). Check the server&apos;s address, or sign in with a password.</source>
        <translation>Поштовий сервер не пропонує входу через %1 (OAuth 2.0). Перевірте адресу сервера або входьте з паролем.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in with %1. Check that the mailbox&apos;s address is the account that signed in, and that mail programs (IMAP) may use it.</source>
        <translation>Поштовий сервер відмовив у вході через %1. Перевірте, що адреса скриньки — це той обліковий запис, з яким виконано вхід, і що поштовим програмам (IMAP) дозволено ним користуватися.</translation>
    </message>
</context>
<context>
    <name>kopii::OAuthClient</name>
    <message>
        <source>Nobody finished the sign-in in the browser within 10 minutes. Start the sign-in again.</source>
        <translation>Вхід у браузері не завершено протягом 10 хвилин. Почніть вхід знову.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Вхід скасовано.</translation>
    </message>
    <message>
        <source>Kopii cannot reach the sign-in service of %1. Check the Internet connection and try again.</source>
        <translation>«Копії» не можуть зв’язатися зі службою входу %1. Перевірте з’єднання з інтернетом і спробуйте знову.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Kopii&apos;s permission for this mailbox (it was withdrawn, it expired, or the password was changed). Sign in to the mailbox again.</source>
        <translation>%1 більше не приймає дозвіл «Копій» для цієї скриньки (його відкликано, строк минув або пароль змінено). Увійдіть у скриньку знову.</translation>
    </message>
    <message>
        <source>The permission was refused at %1. To use this mailbox, sign in again and allow Kopii to read mail.</source>
        <translation>У %1 дозвіл не надано. Щоб користуватися цією скринькою, увійдіть знову й дозвольте «Копіям» читати пошту.</translation>
    </message>
    <message>
        <source>%1 does not know the application id Kopii was given. Check the client id the organisation registered (docs/mail-oauth.md).</source>
        <translation>%1 не знає ідентифікатора застосунку, який отримали «Копії». Перевірте client id, який зареєструвала організація (docs/mail-oauth.md).</translation>
    </message>
    <message>
        <source>The code was not confirmed in time. Start the sign-in again.</source>
        <translation>Код не підтверджено вчасно. Почніть вхід знову.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 відмовив у вході (%2).</translation>
    </message>
    <message>
        <source>The sign-in service of %1 gave an answer Kopii does not understand. Try again later; if it stays so, check the provider&apos;s settings.</source>
        <translation>Служба входу %1 дала відповідь, якої «Копії» не розуміють. Спробуйте пізніше; якщо так і залишиться, перевірте налаштування постачальника.</translation>
    </message>
    <message>
        <source>Kopii cannot wait for the browser&apos;s answer on this computer.</source>
        <translation>«Копії» не можуть чекати на відповідь браузера на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Kopii</source>
        <translation>Копії</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Тут нічого немає.</translation>
    </message>
    <message>
        <source>This answer is not for the sign-in Kopii is waiting for. Return to Kopii.</source>
        <translation>Ця відповідь не для того входу, на який чекають «Копії». Поверніться до «Копій».</translation>
    </message>
    <message>
        <source>The sign-in did not happen. Return to Kopii.</source>
        <translation>Вхід не відбувся. Поверніться до «Копій».</translation>
    </message>
    <message>
        <source>Kopii is signed in</source>
        <translation>«Копії» увійшли</translation>
    </message>
    <message>
        <source>You can close this page and return to Kopii.</source>
        <translation>Можете закрити цю сторінку й повернутися до «Копій».</translation>
    </message>
    <message>
        <source>%1 offers no sign-in by code for computers without a browser; sign in on a desk with a browser.</source>
        <translation>%1 не пропонує входу за кодом для комп’ютерів без браузера; увійдіть на робочому місці з браузером.</translation>
    </message>
    <message>
        <source>Kopii has no permission for this mailbox yet. Sign in to the mailbox.</source>
        <translation>«Копії» ще не мають дозволу для цієї скриньки. Увійдіть у скриньку.</translation>
    </message>
    <message>
        <source>The provider&apos;s address must be an https:// address without a query (http:// only to this computer itself, for tests).</source>
        <translation>Адреса постачальника має бути адресою https:// без параметрів запиту (http:// — лише до самого цього комп’ютера, для тестів).</translation>
    </message>
    <message>
        <source>Kopii cannot reach %1. Check the address and the Internet connection.</source>
        <translation>«Копії» не можуть зв’язатися з %1. Перевірте адресу та з’єднання з інтернетом.</translation>
    </message>
    <message>
        <source>%1 does not describe itself as an OpenID Connect provider (no /.well-known/openid-configuration). Ask your administrator for the provider file instead.</source>
        <translation>%1 не описує себе як постачальника OpenID Connect (немає /.well-known/openid-configuration). Попросіть натомість в адміністратора файл постачальника.</translation>
    </message>
</context>
<context>
    <name>kopii::PasswordVault</name>
    <message>
        <source>No keychain is available; enter the password for this session.</source>
        <translation>Системне сховище паролів недоступне; введіть пароль для цього сеансу.</translation>
    </message>
    <message>
        <source>The keychain has no password for this mailbox (%1).</source>
        <translation>У сховищі паролів немає пароля для цієї скриньки (%1).</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>системне сховище паролів недоступне</translation>
    </message>
</context>
<context>
    <name>kopii::Watcher</name>
    <message>
        <source>error: %1</source>
        <translation>помилка: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>з&apos;єднання</translation>
    </message>
    <message>
        <source>syncing %1 of %2</source>
        <translation>отримання %1 з %2</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>очікування нових листів</translation>
    </message>
    <message>
        <source>error: %1 (retry in %2 s)</source>
        <translation>помилка: %1 (нова спроба через %2 с)</translation>
    </message>
    <message>
        <source>connection ended</source>
        <translation>з&apos;єднання завершилося</translation>
    </message>
    <message>
        <source>standing by: another watcher of the office watches this mailbox</source>
        <translation>у резерві: за цією скринькою стежить інша служба стеження установи</translation>
    </message>
    <message>
        <source>sign in again: %1</source>
        <translation>увійдіть знову: %1</translation>
    </message>
</context>
<context>
    <name>kopii::cli::MailboxCommand</name>
    <message>
        <source>Cannot write the token file %1: %2.</source>
        <translation>Не вдалося записати файл токена %1: %2.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::AccessionPanel</name>
    <message>
        <source>Application for accession to Diia.QR</source>
        <translation>Заява про приєднання до Дія.QR</translation>
    </message>
    <message>
        <source>Per the Diia.QR rules, the head of the organisation (or the sole proprietor) signs the application for accession with a qualified electronic signature (KEP). Kopii prepares it from the data on this page and the branches, and keeps it with its signature.</source>
        <translation>За правилами Дія.QR керівник організації (або ФОП) підписує заяву про приєднання кваліфікованим електронним підписом (КЕП). «Копії» готують її з даних цієї сторінки та відділень і зберігають разом із підписом.</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Відкрити PDF</translation>
    </message>
    <message>
        <source>Save PDF and &amp;signature…</source>
        <translation>Зберегти PDF і &amp;підпис…</translation>
    </message>
    <message>
        <source>Sign &amp;again…</source>
        <translation>Підписати &amp;знову…</translation>
    </message>
    <message>
        <source>&amp;Sign the application…</source>
        <translation>&amp;Підписати заяву…</translation>
    </message>
    <message>
        <source>Not signed yet. Sign it once the organisation and its branches are right.</source>
        <translation>Ще не підписано. Підпишіть, коли дані організації та її відділень будуть правильні.</translation>
    </message>
    <message>
        <source>Not signed yet: the manager signs it.</source>
        <translation>Ще не підписано: заяву підписує керівник.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2; the signature is checked after login.</source>
        <translation>Підписав(ла) %1, %2; підпис буде перевірено після входу.</translation>
    </message>
    <message>
        <source>Files: %1 (%2 KB) and its signature %1.p7s</source>
        <translation>Файли: %1 (%2 КБ) і його підпис %1.p7s</translation>
    </message>
    <message>
        <source>Signer: %1, RNOKPP %2</source>
        <translation>Підписувач: %1, РНОКПП %2</translation>
    </message>
    <message>
        <source>Certificate: serial %1, issued by %2, valid until %3</source>
        <translation>Сертифікат: серійний номер %1, видав %2, чинний до %3</translation>
    </message>
    <message>
        <source>Format: CAdES-BES, detached; signing time %1 (as stated by the signer&apos;s computer)</source>
        <translation>Формат: CAdES-BES, окремий підпис; час підписання %1 (за даними комп&apos;ютера підписувача)</translation>
    </message>
    <message>
        <source>Read the application. It is signed with your KEP as it is shown here.</source>
        <translation>Прочитайте заяву. Її буде підписано вашим КЕП саме такою, як показано тут.</translation>
    </message>
    <message>
        <source>Sign with my KEP</source>
        <translation>Підписати моїм КЕП</translation>
    </message>
    <message>
        <source>Log in with your KEP to sign the application.</source>
        <translation>Щоб підписати заяву, увійдіть зі своїм КЕП.</translation>
    </message>
    <message>
        <source>Signing… (a token may ask for its button or PIN pad)</source>
        <translation>Підписання… (токен може попросити натиснути кнопку або ввести PIN на своїй клавіатурі)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save the PDF and open it yourself: %1</source>
        <translation>Не знайдено програми для перегляду PDF. Збережіть PDF і відкрийте його самостійно: %1</translation>
    </message>
    <message>
        <source>Folder for the application and its signature</source>
        <translation>Тека для заяви та її підпису</translation>
    </message>
    <message>
        <source>Saved:
%1
%1.p7s</source>
        <translation>Збережено:
%1
%1.p7s</translation>
    </message>
</context>
<context>
    <name>kopii::ui::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <source>Who changed what in the workspace, and who viewed, saved, opened or deleted which received document. Each entry is sealed to the one before it, so an altered log is noticed.</source>
        <translation>Хто що змінив у робочому просторі і хто переглянув, зберіг, відкрив чи видалив який отриманий документ. Кожен запис скріплено з попереднім, тож зміну журналу буде помічено.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Перевірити цілісність</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експорт у CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Експорт журналу дій</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit log is saved in %1.</source>
        <translation>Журнал дій збережено в %1.</translation>
    </message>
    <message>
        <source>viewed a document</source>
        <translation>переглянув(-ла) документ</translation>
    </message>
    <message>
        <source>saved a document to a folder</source>
        <translation>зберіг(-ла) документ у теку</translation>
    </message>
    <message>
        <source>opened a document in another program</source>
        <translation>відкрив(-ла) документ в іншій програмі</translation>
    </message>
    <message>
        <source>printed a document</source>
        <translation>надрукував(-ла) документ</translation>
    </message>
    <message>
        <source>received a submission</source>
        <translation>отримано надходження</translation>
    </message>
    <message>
        <source>received an unreadable message</source>
        <translation>отримано нечитабельний лист</translation>
    </message>
    <message>
        <source>changed the state of a submission</source>
        <translation>змінив(-ла) стан надходження</translation>
    </message>
    <message>
        <source>deleted a submission</source>
        <translation>видалив(-ла) надходження</translation>
    </message>
    <message>
        <source>deleted a submission (retention)</source>
        <translation>видалено надходження (строк зберігання)</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>увійшов(-ла)</translation>
    </message>
    <message>
        <source>added a branch</source>
        <translation>додав(-ла) відділення</translation>
    </message>
    <message>
        <source>changed a branch</source>
        <translation>змінив(-ла) відділення</translation>
    </message>
    <message>
        <source>removed a branch</source>
        <translation>видалив(-ла) відділення</translation>
    </message>
    <message>
        <source>added a service</source>
        <translation>додав(-ла) послугу</translation>
    </message>
    <message>
        <source>changed a service</source>
        <translation>змінив(-ла) послугу</translation>
    </message>
    <message>
        <source>removed a service</source>
        <translation>видалив(-ла) послугу</translation>
    </message>
    <message>
        <source>added an employee</source>
        <translation>додав(-ла) працівника</translation>
    </message>
    <message>
        <source>changed an employee&apos;s role</source>
        <translation>змінив(-ла) роль працівника</translation>
    </message>
    <message>
        <source>removed an employee</source>
        <translation>вилучив(-ла) працівника</translation>
    </message>
    <message>
        <source>added a mailbox</source>
        <translation>додав(-ла) скриньку</translation>
    </message>
    <message>
        <source>changed a mailbox</source>
        <translation>змінив(-ла) скриньку</translation>
    </message>
    <message>
        <source>removed a mailbox</source>
        <translation>вилучив(-ла) скриньку</translation>
    </message>
    <message>
        <source>changed the organisation</source>
        <translation>змінив(-ла) дані організації</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation>надходження %1</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>відділення %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>послуга %1</translation>
    </message>
    <message>
        <source>mailbox %1</source>
        <translation>скринька %1</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>працівник</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>trust store</source>
        <translation>сховище довірених сертифікатів</translation>
    </message>
    <message numerus="yes">
        <source>✓ The log is intact: %n entries, each sealed to the one before.</source>
        <translation>
            <numerusform>✓ Журнал цілий: %n запис, кожен скріплений із попереднім.</numerusform>
            <numerusform>✓ Журнал цілий: %n записи, кожен скріплений із попереднім.</numerusform>
            <numerusform>✓ Журнал цілий: %n записів, кожен скріплений із попереднім.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The log was altered at entry %1. Keep the workspace as it is and compare it with a backup copy.</source>
        <translation>✗ Журнал змінено в записі %1. Залиште робочий простір як є і порівняйте його з резервною копією.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журналу дій</translation>
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
        <translation>
            <numerusform>Надає %n послугу</numerusform>
            <numerusform>Надає %n послуги</numerusform>
            <numerusform>Надає %n послуг</numerusform>
        </translation>
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
        <source>The offices that receive copies. Each branch has its own address for Diia and its own e-mail box, where visitors&apos; copies arrive.</source>
        <translation>Офіси, що приймають копії. Кожне відділення має власну адресу для Дії та власну поштову скриньку, куди надходять копії відвідувачів.</translation>
    </message>
    <message>
        <source>There are no branches yet.
Press &quot;Add branch&quot; to enter the first office that receives copies.</source>
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
        <source>Remove the branch &quot;%1&quot;?

No service is offered there.</source>
        <translation>Видалити відділення «%1»?

У ньому не надається жодна послуга.</translation>
    </message>
    <message numerus="yes">
        <source>The branch &quot;%1&quot; offers %n service(s):
%2

If you remove it, these services are no longer offered there. The services themselves stay.</source>
        <translation>
            <numerusform>Відділення «%1» надає %n послугу:
%2

Якщо його видалити, ця послуга більше не надаватиметься в ньому. Сама послуга залишиться.</numerusform>
            <numerusform>Відділення «%1» надає %n послуги:
%2

Якщо його видалити, ці послуги більше не надаватимуться в ньому. Самі послуги залишаться.</numerusform>
            <numerusform>Відділення «%1» надає %n послуг:
%2

Якщо його видалити, ці послуги більше не надаватимуться в ньому. Самі послуги залишаться.</numerusform>
        </translation>
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
    <name>kopii::ui::DiagnosticsDialog</name>
    <message>
        <source>&amp;Copy for support</source>
        <translation>&amp;Копіювати для підтримки</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Діагностика</translation>
    </message>
    <message>
        <source>What Kopii&apos;s support needs to know about this installation. It holds nothing about the documents or the people who sent them. Copy it into your message to support.</source>
        <translation>Те, що службі підтримки «Копій» треба знати про це встановлення. Тут немає нічого про документи чи людей, які їх надіслали. Скопіюйте це у свій лист до підтримки.</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Звіт діагностики</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Скопійовано. Вставте це у свій лист до підтримки.</translation>
    </message>
    <message>
        <source>Looking for tokens and the PDF helper…</source>
        <translation>Пошук токенів і допоміжної програми показу PDF…</translation>
    </message>
    <message>
        <source>PDF display</source>
        <translation>Показ PDF</translation>
    </message>
    <message>
        <source>Poppler (in the helper kopii-render)</source>
        <translation>Poppler (у допоміжній програмі kopii-render)</translation>
    </message>
</context>
<context>
    <name>kopii::ui::DocumentView</name>
    <message>
        <source>Signed by %1, RNOKPP %2%3, at %4</source>
        <translation>Підписав(ла) %1, РНОКПП %2%3, %4</translation>
    </message>
    <message>
        <source>, EDRPOU %1</source>
        <translation>, ЄДРПОУ %1</translation>
    </message>
    <message>
        <source>an unstated time</source>
        <translation>час не зазначено</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Перевірено %1.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ще не перевірено.</translation>
    </message>
    <message>
        <source>The PDF sent with this signature is not what was signed. Shown below is the signed document, taken from the signature.</source>
        <translation>PDF, надісланий із цим підписом, — не те, що підписано. Нижче показано підписаний документ, узятий із підпису.</translation>
    </message>
    <message>
        <source>Shown below is the signed document, taken from the signature.</source>
        <translation>Нижче показано підписаний документ, узятий із підпису.</translation>
    </message>
    <message>
        <source>There is no document to show: the signature carries no content and no PDF came with it.</source>
        <translation>Немає документа для показу: підпис не містить вмісту, і PDF разом із ним не надійшов.</translation>
    </message>
    <message>
        <source>Certificate issued by %1.</source>
        <translation>Сертифікат видав %1.</translation>
    </message>
    <message>
        <source>Chain: %1.</source>
        <translation>Ланцюжок: %1.</translation>
    </message>
    <message>
        <source>Timestamp: %1.</source>
        <translation>Позначка часу: %1.</translation>
    </message>
    <message>
        <source>Algorithm: %1.</source>
        <translation>Алгоритм: %1.</translation>
    </message>
    <message>
        <source>Judged as of its timestamp, %1.</source>
        <translation>Оцінено на час позначки часу: %1.</translation>
    </message>
    <message>
        <source>Judged as of %1, when Kopii received it (the time the signer states proves nothing).</source>
        <translation>Оцінено на %1 — коли Копії його отримали (час, який указує підписувач, нічого не доводить).</translation>
    </message>
    <message>
        <source>Judged as of %1, the time of the check: nothing proves an earlier time.</source>
        <translation>Оцінено на %1 — час перевірки: ніщо не доводить раніший час.</translation>
    </message>
    <message>
        <source>Parts were added to this PDF after it was signed. Shown below is the version that was signed, without them.</source>
        <translation>Після підписання до цього PDF щось додали. Нижче показано підписану версію, без доданого.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::EmployeeDialog</name>
    <message>
        <source>This is not a valid RNOKPP: check the digits.</source>
        <translation>Це не дійсний РНОКПП: перевірте цифри.</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новий працівник</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>An employee logs in to Kopii with their own KEP. Enter the RNOKPP (tax number) exactly as in their certificate; the name is for lists.</source>
        <translation>Працівник входить до «Копій» зі своїм власним КЕП. Введіть РНОКПП (податковий номер) точно як у його сертифікаті; ім&apos;я потрібне для списків.</translation>
    </message>
    <message>
        <source>RNOKPP (tax number)</source>
        <translation>РНОКПП (податковий номер)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 цифр</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Прізвище, ім&apos;я, по батькові</translation>
    </message>
    <message>
        <source>surname, name, patronymic</source>
        <translation>прізвище, ім&apos;я, по батькові</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
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
        <source>Sees the organisation and prints the QR posters.</source>
        <translation>Бачить дані організації та друкує QR-плакати.</translation>
    </message>
    <message>
        <source>Works with the inbox: reviews, uses and deletes the received copies; prints posters.</source>
        <translation>Працює з вхідними: переглядає, використовує та видаляє отримані копії; друкує плакати.</translation>
    </message>
    <message>
        <source>Everything: the organisation, branches, services, employees, trusted certificates and the accession application.</source>
        <translation>Усе: організація, відділення, послуги, працівники, довірені сертифікати та заява про приєднання.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::EmployeeTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Прізвище, ім&apos;я, по батькові</translation>
    </message>
    <message>
        <source>RNOKPP</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
</context>
<context>
    <name>kopii::ui::EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Працівники</translation>
    </message>
    <message>
        <source>The people who may log in to this workspace with their KEP, and what each may do: reception prints posters, a clerk works with the inbox, a manager does everything.</source>
        <translation>Люди, які можуть входити до цього робочого простору зі своїм КЕП, і що кожен може робити: адміністратор прийому друкує плакати, діловод працює з вхідними, керівник — усе.</translation>
    </message>
    <message>
        <source>Nobody has logged in yet.
The first person to log in with a KEP becomes the manager.</source>
        <translation>Ще ніхто не входив.
Перша особа, яка увійде з КЕП, стане керівником.</translation>
    </message>
    <message>
        <source>&amp;Add employee…</source>
        <translation>&amp;Додати працівника…</translation>
    </message>
    <message>
        <source>Search employees by name or RNOKPP</source>
        <translation>Пошук працівників за іменем або РНОКПП</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Уже є серед працівників.</translation>
    </message>
    <message>
        <source>This RNOKPP is already in the list: change that employee instead.</source>
        <translation>Цей РНОКПП уже є у списку: змініть цього працівника замість додавання.</translation>
    </message>
    <message>
        <source>Remove employee</source>
        <translation>Вилучити працівника</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?

They will no longer be able to log in to this workspace.</source>
        <translation>Вилучити %1 (%2)?

Ця особа більше не зможе входити до цього робочого простору.</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Журнал дій…</translation>
    </message>
    <message>
        <source>Who did what, and who viewed which document</source>
        <translation>Хто що робив і хто переглядав який документ</translation>
    </message>
</context>
<context>
    <name>kopii::ui::InboxPage</name>
    <message>
        <source>Folder for the copies</source>
        <translation>Тека для копій</translation>
    </message>
    <message>
        <source>Save copies</source>
        <translation>Зберегти копії</translation>
    </message>
    <message>
        <source>The copies and their signatures are saved in %1.</source>
        <translation>Копії та їхні підписи збережено в %1.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>The copies visitors sent, with their signatures checked. A verdict says what Kopii could confirm; open a submission to see every check and the signed document.</source>
        <translation>Копії, надіслані відвідувачами, з перевіреними підписами. Висновок каже, що «Копії» змогли підтвердити; відкрийте надходження, щоб побачити кожну перевірку та підписаний документ.</translation>
    </message>
    <message>
        <source>The inbox holds citizens&apos; documents: only clerks and managers see it.</source>
        <translation>Вхідні містять документи громадян: їх бачать лише діловоди та керівники.</translation>
    </message>
    <message>
        <source>Search by sender, signer, RNOKPP or file name</source>
        <translation>Пошук за відправником, підписувачем, РНОКПП або назвою файлу</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Усі висновки</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Дійсні</translation>
    </message>
    <message>
        <source>Valid, with warnings</source>
        <translation>Дійсні, із застереженнями</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Не кваліфіковані</translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation>НЕДІЙСНІ</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <source>&amp;Save copies…</source>
        <translation>З&amp;берегти копії…</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Відкрити PDF</translation>
    </message>
    <message>
        <source>In &amp;work</source>
        <translation>В &amp;роботі</translation>
    </message>
    <message>
        <source>&amp;Processed</source>
        <translation>&amp;Опрацьовано</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Перевірити &amp;знову</translation>
    </message>
    <message>
        <source>Choose a submission on the left.</source>
        <translation>Виберіть надходження ліворуч.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;br&gt;%3&lt;br&gt;Received %4; sent %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;&lt;br&gt;%3&lt;br&gt;Отримано %4; надіслано %5</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Не прочитано: %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Delete the submission</source>
        <translation>Видалити надходження</translation>
    </message>
    <message numerus="yes">
        <source>Delete the submission from %1 with its %n document(s) for good? The copies and their signatures are removed from this computer and cannot be restored.</source>
        <translation>
            <numerusform>Остаточно видалити надходження від %1 із %n документом? Копії та їхні підписи буде видалено з цього комп&apos;ютера без можливості відновлення.</numerusform>
            <numerusform>Остаточно видалити надходження від %1 із %n документами? Копії та їхні підписи буде видалено з цього комп&apos;ютера без можливості відновлення.</numerusform>
            <numerusform>Остаточно видалити надходження від %1 із %n документами? Копії та їхні підписи буде видалено з цього комп&apos;ютера без можливості відновлення.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Не вдалося прочитати вхідні: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Опрацьовані</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Останні 365 днів</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Усі відділення</translation>
    </message>
    <message>
        <source>Branch not recognised</source>
        <translation>Відділення не розпізнано</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Усі послуги</translation>
    </message>
    <message>
        <source>Service not recognised</source>
        <translation>Послугу не розпізнано</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n надходження</numerusform>
            <numerusform>%n надходження</numerusform>
            <numerusform>%n надходжень</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Друк документа</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Use the preview here, or save the copies and open them yourself.</source>
        <translation>Не знайдено програми для перегляду PDF. Скористайтеся переглядом тут або збережіть копії й відкрийте їх самостійно.</translation>
    </message>
    <message>
        <source>Received submissions</source>
        <translation>Отримані звернення</translation>
    </message>
    <message>
        <source>Documents of the submission</source>
        <translation>Документи звернення</translation>
    </message>
    <message>
        <source>Pro&amp;tocol…</source>
        <translation>Прото&amp;кол…</translation>
    </message>
    <message>
        <source>The verification protocol of this document: checked again now, to print or save</source>
        <translation>Протокол перевірки цього документа: перевіряється зараз наново, щоб надрукувати або зберегти</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Реєстраційний номер %1</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>Ре&amp;єстр…</translation>
    </message>
    <message>
        <source>The register of incoming documents: numbers, senders and states for a period, to print or export</source>
        <translation>Реєстр вхідних документів: номери, відправники й стан за період — щоб надрукувати або експортувати</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Submission %1 is marked processed, but its package did not reach the hot folder: %2</source>
        <translation>Надходження %1 позначено як опрацьоване, але його пакет не потрапив у теку передачі: %2</translation>
    </message>
    <message>
        <source>A legal hold keeps the submission from deletion, by a person or by retention, until a manager lifts it</source>
        <translation>Юридичне утримання захищає надходження від видалення — працівником чи за строком зберігання, — доки керівник його не зніме</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>&amp;Утримання…</translation>
    </message>
    <message>
        <source>On legal hold: %1. It is not deleted until a manager lifts the hold.</source>
        <translation>Під юридичним утриманням: %1. Його не буде видалено, доки керівник не зніме утримання.</translation>
    </message>
    <message>
        <source>Lift the legal &amp;hold…</source>
        <translation>Зняти &amp;утримання…</translation>
    </message>
    <message>
        <source>On legal hold: a manager lifts the hold before it can be deleted</source>
        <translation>Під юридичним утриманням: перш ніж його можна буде видалити, керівник має зняти утримання</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Юридичне утримання</translation>
    </message>
    <message>
        <source>Why is submission %1 kept? For example, the court case or the request it is kept for. Nobody deletes it, nor does retention, until a manager lifts the hold.</source>
        <translation>Чому утримується надходження %1? Наприклад, судова справа чи запит, для якого його зберігають. Його не видалить ні працівник, ні строк зберігання, доки керівник не зніме утримання.</translation>
    </message>
    <message>
        <source>Lift the legal hold</source>
        <translation>Зняти юридичне утримання</translation>
    </message>
    <message>
        <source>Lift the legal hold (%1)? Retention and deletion then apply to the submission again.</source>
        <translation>Зняти юридичне утримання (%1)? Тоді до надходження знову застосовуватимуться строк зберігання і видалення.</translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation>Зняти утримання</translation>
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
    <name>kopii::ui::LoginDialog</name>
    <message>
        <source>%1 (valid to %2)</source>
        <translation>%1 (чинний до %2)</translation>
    </message>
    <message>
        <source>Log in with KEP</source>
        <translation>Вхід із КЕП</translation>
    </message>
    <message>
        <source>Log in with a qualified electronic signature</source>
        <translation>Вхід із кваліфікованим електронним підписом</translation>
    </message>
    <message>
        <source>Only the head of the organisation (or the FOP) and the employees they add may work here. Choose your key: a key file from your provider or a token (secure media).</source>
        <translation>Працювати тут можуть лише керівник організації (або ФОП) і працівники, яких він додав. Виберіть свій ключ: файловий ключ від надавача або токен (захищений носій).</translation>
    </message>
    <message>
        <source>&amp;Token (secure media, PKCS#11)</source>
        <translation>&amp;Токен (захищений носій, PKCS#11)</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Файл ключа:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation>Бібліотека токена:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертифікат:</translation>
    </message>
    <message>
        <source>Import CA certificates…</source>
        <translation>Імпортувати сертифікати ЦСК…</translation>
    </message>
    <message>
        <source>Add the certificates of your trust service provider (e.g. CACertificates.p7b). Possible before the first login only; later the manager does it.</source>
        <translation>Додайте сертифікати свого надавача довірчих послуг (наприклад, CACertificates.p7b). Це можна зробити лише до першого входу; далі це робить керівник.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Token library</source>
        <translation>Бібліотека токена</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN або пароль</translation>
    </message>
    <message>
        <source>e.g. Key-6.pfx from your provider</source>
        <translation>напр. Key-6.pfx від вашого надавача</translation>
    </message>
    <message>
        <source>e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so</source>
        <translation>напр. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx *.pk8 *.dat *.jks);;All files (*)</source>
        <translation>Файли ключів (*.p12 *.pfx *.pk8 *.dat *.jks);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Token library (PKCS#11)</source>
        <translation>Бібліотека токена (PKCS#11)</translation>
    </message>
    <message>
        <source>Libraries (*.so *.so.* *.dll *.dylib);;All files (*)</source>
        <translation>Бібліотеки (*.so *.so.* *.dll *.dylib);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Пошук токенів…</translation>
    </message>
    <message>
        <source>No token is connected. Insert it and press Refresh.</source>
        <translation>Жоден токен не під’єднано. Вставте його й натисніть «Оновити».</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad when it asks.</source>
        <translation>Введіть PIN на клавіатурі зчитувача, коли він попросить.</translation>
    </message>
    <message>
        <source>RNOKPP %1</source>
        <translation>РНОКПП %1</translation>
    </message>
    <message>
        <source>EDRPOU %1, %2</source>
        <translation>ЄДРПОУ %1, %2</translation>
    </message>
    <message>
        <source>Issued by %1; valid %2 to %3</source>
        <translation>Видавець: %1; чинний з %2 до %3</translation>
    </message>
    <message>
        <source>Qualified certificate (KEP)</source>
        <translation>Кваліфікований сертифікат (КЕП)</translation>
    </message>
    <message>
        <source>Not a qualified certificate</source>
        <translation>Некваліфікований сертифікат</translation>
    </message>
    <message>
        <source>This token has no signing certificate.</source>
        <translation>На цьому токені немає сертифіката для підпису.</translation>
    </message>
    <message>
        <source>The certificate is read from the key file after the password is entered.</source>
        <translation>Сертифікат буде прочитано з файлу ключа після введення пароля.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Сертифікати ЦСК</translation>
    </message>
    <message>
        <source>Only a manager who has logged in can change the trusted certificates.</source>
        <translation>Змінювати довірені сертифікати може лише керівник, який увійшов у систему.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) added.</source>
        <translation>
            <numerusform>Додано %n сертифікат.</numerusform>
            <numerusform>Додано %n сертифікати.</numerusform>
            <numerusform>Додано %n сертифікатів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation>Виберіть свій файл ключа.</translation>
    </message>
    <message>
        <source>Choose a token; press Refresh after inserting it.</source>
        <translation>Виберіть токен; вставивши його, натисніть «Оновити».</translation>
    </message>
    <message>
        <source>Choose the signing certificate.</source>
        <translation>Виберіть сертифікат для підпису.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Перевірка ключа…</translation>
    </message>
    <message>
        <source>Certificates and trusted lists (*.p7b *.cer *.crt *.der *.pem *.crl *.xml);;All files (*)</source>
        <translation>Сертифікати та довірчі списки (*.p7b *.cer *.crt *.der *.pem *.crl *.xml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12, .pfx, .jks, Key-6.dat)</source>
        <translation>&amp;Файловий ключ (.p12, .pfx, .jks, Key-6.dat)</translation>
    </message>
    <message numerus="yes">
        <source>%n root certificate(s) left out, not confirmed.</source>
        <translation>
            <numerusform>%n кореневий сертифікат пропущено, його не підтверджено.</numerusform>
            <numerusform>%n кореневі сертифікати пропущено, їх не підтверджено.</numerusform>
            <numerusform>%n кореневих сертифікатів пропущено, їх не підтверджено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the password of your key file.</source>
        <translation>Введіть пароль до файлу ключа.</translation>
    </message>
    <message>
        <source>Enter the PIN of your token.</source>
        <translation>Введіть PIN вашого токена.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::MailboxDialog</name>
    <message>
        <source>Mailbox</source>
        <translation>Поштова скринька</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <translation>Нова поштова скринька</translation>
    </message>
    <message>
        <source>The e-mail box that receives a branch&apos;s copies. Kopii reads new messages without marking them read and stores each one once. The password goes to the system&apos;s keychain, never into Kopii&apos;s files.</source>
        <translation>Поштова скринька, що отримує копії для відділення. «Копії» читають нові листи, не позначаючи їх прочитаними, і зберігають кожен один раз. Пароль зберігається в системному сховищі паролів, ніколи у файлах «Копій».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>e.g. Central office</source>
        <translation>напр. Центральний офіс</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Відділення:</translation>
    </message>
    <message>
        <source>Shared: by the address each message was sent to</source>
        <translation>Спільна: за адресою, на яку надіслано лист</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Сервер IMAP</translation>
    </message>
    <message>
        <source>e.g. imap.ukr.net</source>
        <translation>напр. imap.ukr.net</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Захист:</translation>
    </message>
    <message>
        <source>TLS (port 993) — recommended</source>
        <translation>TLS (порт 993) — рекомендовано</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (порт 143)</translation>
    </message>
    <message>
        <source>None — only for a server on this computer</source>
        <translation>Без захисту — лише для сервера на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>usually the e-mail address</source>
        <translation>зазвичай адреса електронної пошти</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>&amp;After storing:</source>
        <translation>&amp;Після збереження:</translation>
    </message>
    <message>
        <source>leave the message as it is</source>
        <translation>залишити лист як є</translation>
    </message>
    <message>
        <source>mark it with the keyword</source>
        <translation>позначити міткою</translation>
    </message>
    <message>
        <source>move it to the folder</source>
        <translation>перемістити до теки</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Закріплений сертифікат</translation>
    </message>
    <message>
        <source>SHA-256; only for a server whose certificate no authority vouches for</source>
        <translation>SHA-256; лише для сервера, за сертифікат якого не ручається жоден центр сертифікації</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Перевірити з&apos;єдна&amp;ння</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>З&apos;єднання…</translation>
    </message>
    <message>
        <source>Connected and logged in; the folder opens.</source>
        <translation>З&apos;єднано, вхід виконано, тека відкривається.</translation>
    </message>
    <message>
        <source>The server announces new mail at once.</source>
        <translation>Сервер одразу повідомляє про нові листи.</translation>
    </message>
    <message>
        <source>The server does not announce new mail; Kopii will check every two minutes.</source>
        <translation>Сервер не повідомляє про нові листи; «Копії» перевірятимуть кожні дві хвилини.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Можливості сервера: %1</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Сертифікат сервера</translation>
    </message>
    <message>
        <source>No certificate authority vouches for this server&apos;s certificate. Its SHA-256 fingerprint is:

%1

Trust it only if your provider or administrator confirms this fingerprint. Kopii will then accept exactly this certificate.</source>
        <translation>Жоден центр сертифікації не ручається за сертифікат цього сервера. Його відбиток SHA-256:

%1

Довіряйте йому, лише якщо постачальник або адміністратор підтвердить цей відбиток. Тоді «Копії» прийматимуть саме цей сертифікат.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Довіряти цьому сертифікату</translation>
    </message>
    <message>
        <source>Certificate pinned; testing again…</source>
        <translation>Сертифікат закріплено; повторна перевірка…</translation>
    </message>
    <message>
        <source>A password is saved for this mailbox. Leave the field empty to keep it, or type a new one.</source>
        <translation>Для цієї скриньки пароль уже збережено. Залиште поле порожнім, щоб його зберегти, або введіть новий.</translation>
    </message>
    <message>
        <source>Technical cause: %1</source>
        <translation>Технічна причина: %1</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Ідентифікатор застосунку (client id)</translation>
    </message>
    <message>
        <source>Signed in. Sign in again only if the provider asks for it.</source>
        <translation>Вхід виконано. Входьте знову, лише коли цього попросить постачальник.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Вхід ще не виконано.</translation>
    </message>
    <message>
        <source>Choose the provider file your administrator gave you.</source>
        <translation>Виберіть файл постачальника, який дав вам адміністратор.</translation>
    </message>
    <message>
        <source>Provider file: choose the file your administrator gave you.</source>
        <translation>Файл постачальника: виберіть файл, який дав вам адміністратор.</translation>
    </message>
    <message>
        <source>Enter the client id of the application your organisation registered with %1.</source>
        <translation>Введіть ідентифікатор застосунку (client id), який ваша організація зареєструвала в %1.</translation>
    </message>
    <message>
        <source>Client id: the id of the application your organisation registered with %1 (the manual&apos;s chapter on Google and Microsoft says how).</source>
        <translation>Ідентифікатор застосунку: ідентифікатор застосунку, який ваша організація зареєструвала в %1 (як це зробити, описано в розділі посібника про Google і Microsoft).</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window that opened…</source>
        <translation>Завершіть вхід у вікні браузера, що відкрилося…</translation>
    </message>
    <message>
        <source>Signed in. Test the connection, then save.</source>
        <translation>Вхід виконано. Перевірте з’єднання, потім збережіть.</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>&amp;Вхід:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Google account (Gmail, Google Workspace)</source>
        <translation>Обліковий запис Google (Gmail, Google Workspace)</translation>
    </message>
    <message>
        <source>Microsoft 365 account (Outlook, Exchange Online)</source>
        <translation>Обліковий запис Microsoft 365 (Outlook, Exchange Online)</translation>
    </message>
    <message>
        <source>Organisation&apos;s own provider (a file from the administrator)</source>
        <translation>Власний постачальник організації (файл від адміністратора)</translation>
    </message>
    <message>
        <source>the application your organisation registered</source>
        <translation>застосунок, який зареєструвала ваша організація</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Клієнт Microsoft (tenant)</translation>
    </message>
    <message>
        <source>your organisation&apos;s domain or tenant id; empty: any</source>
        <translation>домен вашої організації або ідентифікатор tenant; порожньо — будь-який</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>У&amp;війти…</translation>
    </message>
    <message>
        <source>Sign in first (the &quot;Sign in…&quot; button).</source>
        <translation>Спершу увійдіть (кнопка «Увійти…»).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Вхід не виконано.</translation>
    </message>
    <message>
        <source>Signed in for an hour only.</source>
        <translation>Вхід виконано лише на годину.</translation>
    </message>
    <message>
        <source>The provider gave no lasting permission: Kopii would have to ask again within the hour. Check that the application may ask for offline access.</source>
        <translation>Постачальник не дав тривалого дозволу: «Копіям» довелося б просити знову протягом години. Перевірте, чи застосунку дозволено просити доступ офлайн.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адреса електронної пошти</translation>
    </message>
    <message>
        <source>the mailbox&apos;s address: Kopii proposes the rest</source>
        <translation>адреса скриньки: решту запропонують «Копії»</translation>
    </message>
    <message>
        <source>&amp;Fill in from the address</source>
        <translation>&amp;Заповнити за адресою</translation>
    </message>
    <message>
        <source>Save mailbox</source>
        <translation>Збереження скриньки</translation>
    </message>
    <message>
        <source>Kopii could not connect to this mailbox:

%1

Save it anyway? Kopii will keep trying, and the Mailboxes list shows what goes wrong.</source>
        <translation>«Копії» не змогли під’єднатися до цієї скриньки:

%1

Все одно зберегти її? «Копії» пробуватимуть далі, а список скриньок показуватиме, що не так.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Все одно зберегти</translation>
    </message>
    <message>
        <source>Press &quot;Sign in…&quot;: Kopii first asks %1 how to sign in there.</source>
        <translation>Натисніть «Увійти…»: «Копії» спершу запитають у %1, як там входити.</translation>
    </message>
    <message>
        <source>Provider: press &quot;Sign in…&quot; to read the provider&apos;s description.</source>
        <translation>Постачальник: натисніть «Увійти…», щоб прочитати опис постачальника.</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Запит до постачальника…</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <source>a .json file, or the provider&apos;s address (https://…)</source>
        <translation>файл .json або адреса постачальника (https://…)</translation>
    </message>
</context>
<context>
    <name>kopii::ui::MailboxTableModel</name>
    <message>
        <source>shared (by recipient)</source>
        <translation>спільна (за адресатом)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>помилка: %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>востаннє перевірено %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ще не перевірялася</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>kopii::ui::MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation>Поштові скриньки</translation>
    </message>
    <message>
        <source>The branches&apos; e-mail boxes, where Diia delivers the visitors&apos; copies. Kopii watches them while it runs (and kopii-cli watch does as a service), stores every new message with its documents once, and never marks a message read.</source>
        <translation>Поштові скриньки відділень, куди Дія доставляє копії відвідувачів. «Копії» стежать за ними, поки працюють (а kopii-cli watch — як служба), зберігають кожен новий лист із документами один раз і ніколи не позначають листи прочитаними.</translation>
    </message>
    <message>
        <source>No mailbox yet.
Press &quot;Add mailbox&quot; and enter the IMAP server and the account of a branch&apos;s address.</source>
        <translation>Скриньок ще немає.
Натисніть «Додати скриньку» та введіть сервер IMAP і обліковий запис адреси відділення.</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>&amp;Додати скриньку…</translation>
    </message>
    <message>
        <source>Search mailboxes by name, server or user</source>
        <translation>Пошук скриньок за назвою, сервером або користувачем</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Введіть пароль скриньки.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Kopii keeps the password only until it closes; you will be asked for it next time.</source>
        <translation>Системне сховище паролів недоступне (%1). «Копії» зберігатимуть пароль лише до закриття; наступного разу його буде запитано знову.</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>Вилучити скриньку</translation>
    </message>
    <message>
        <source>Stop watching &quot;%1&quot; (%2)? The copies already received stay in Kopii; the messages stay on the server.</source>
        <translation>Припинити стежити за «%1» (%2)? Уже отримані копії залишаться в «Копіях»; листи залишаться на сервері.</translation>
    </message>
    <message>
        <source>Taking in %1: %2 of %3 messages</source>
        <translation>Приймання зі скриньки %1: %2 з %3 листів</translation>
    </message>
    <message>
        <source>Sign in first: press &quot;Sign in…&quot; and allow Kopii to read the mailbox.</source>
        <translation>Спершу увійдіть: натисніть «Увійти…» і дозвольте «Копіям» читати скриньку.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::MainWindow</name>
    <message>
        <source>Posters</source>
        <translation>Плакати</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Поштові скриньки</translation>
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
        <source>&lt;h3&gt;Kopii %1&lt;/h3&gt;&lt;p&gt;Receives copies of citizens&apos; documents sent through Diia.QR, with their signatures checked.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Копії %1&lt;/h3&gt;&lt;p&gt;Приймає копії документів громадян, надіслані через Дія.QR, і перевіряє їхні підписи.&lt;/p&gt;&lt;p&gt;Робочий простір: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logged in: %1, %2</source>
        <translation>Вхід: %1, %2</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Працівники</translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s) arrived.</source>
        <translation>
            <numerusform>Надійшло %n нове надходження.</numerusform>
            <numerusform>Надійшло %n нові надходження.</numerusform>
            <numerusform>Надійшло %n нових надходжень.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old copies could not be deleted: %1</source>
        <translation>Не вдалося видалити старі копії: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n submission(s) kept longer than the workspace&apos;s policy allows were deleted.</source>
        <translation>
            <numerusform>Зберігання: видалено %n надходження, що зберігалося довше, ніж дозволяють правила робочого простору.</numerusform>
            <numerusform>Зберігання: видалено %n надходження, що зберігалися довше, ніж дозволяють правила робочого простору.</numerusform>
            <numerusform>Зберігання: видалено %n надходжень, що зберігалися довше, ніж дозволяють правила робочого простору.</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO: sample data, not real documents</source>
        <translation>ДЕМО: зразки даних, не справжні документи</translation>
    </message>
    <message>
        <source>%1 (DEMO: sample data, a demo key)</source>
        <translation>%1 (ДЕМО: зразки даних, демонстраційний ключ)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Діагностика…</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>Сервер установи: %1</translation>
    </message>
    <message>
        <source>The connection to the office server is lost; Kopii connects again by itself…</source>
        <translation>З’єднання із сервером установи втрачено; «Копії» під’єднуються знову самі…</translation>
    </message>
    <message>
        <source>The office server does not answer; Kopii tries again every 10 seconds. %1</source>
        <translation>Сервер установи не відповідає; «Копії» пробують знову кожні 10 секунд. %1</translation>
    </message>
    <message>
        <source>Connected to the office server again.</source>
        <translation>Знову під’єднано до сервера установи.</translation>
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
        <translation>прізвище, ім&apos;я, по батькові</translation>
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
    <name>kopii::ui::PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Page %1 of %2, %3 %</source>
        <translation>Сторінка %1 з %2, %3 %</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Відображення…</translation>
    </message>
    <message>
        <source>The PDF cannot be printed: it cannot be read.</source>
        <translation>PDF неможливо надрукувати: його неможливо прочитати.</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is switched on and try again.</source>
        <translation>Принтер недоступний. Перевірте, чи він увімкнений, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This document could not be shown safely: %1. The copy itself is kept unchanged.</source>
        <translation>Цей документ не вдалося безпечно показати: %1. Саму копію збережено без змін.</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>його не вдається прочитати</translation>
    </message>
    <message>
        <source>The PDF cannot be printed safely: %1.</source>
        <translation>PDF не вдається безпечно надрукувати: %1.</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Сторінка документа</translation>
    </message>
</context>
<context>
    <name>kopii::ui::PosterCheckDialog</name>
    <message>
        <source>Check poster photos</source>
        <translation>Перевірка фото плакатів</translation>
    </message>
    <message>
        <source>Photograph each poster on the wall with a phone, straight on, so that its code is clearly visible, and choose the photos. Kopii reads the codes in them and says whether each is this office&apos;s current code. A code pasted over the poster is a known fraud: it sends visitors&apos; documents to someone else.</source>
        <translation>Сфотографуйте телефоном кожен плакат на стіні прямо, щоб код було добре видно, і виберіть ці фото. «Копії» прочитають коди на них і скажуть, чи кожен — поточний код цієї установи. Код, наклеєний поверх плаката, — відомий вид шахрайства: він надсилає документи відвідувачів комусь іншому.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Що на ньому</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Що робити</translation>
    </message>
    <message>
        <source>Results of the poster check</source>
        <translation>Результати перевірки плакатів</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Додати &amp;фото…</translation>
    </message>
    <message>
        <source>Photos of posters</source>
        <translation>Фото плакатів</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;All files (*)</source>
        <translation>Зображення (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading the codes in %n photo(s)…</source>
        <translation>
            <numerusform>Читання кодів на %n фото…</numerusform>
            <numerusform>Читання кодів на %n фото…</numerusform>
            <numerusform>Читання кодів на %n фото…</numerusform>
        </translation>
    </message>
    <message>
        <source>The code reads: %1</source>
        <translation>У коді: %1</translation>
    </message>
    <message>
        <source>No photos checked yet.</source>
        <translation>Ще не перевірено жодного фото.</translation>
    </message>
    <message>
        <source>Every code is this office&apos;s current one.</source>
        <translation>Кожен код — поточний код цієї установи.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) or photo(s) need attention: see what to do beside each.</source>
        <translation>
            <numerusform>%n код чи фото потребує уваги: що робити, сказано поруч.</numerusform>
            <numerusform>%n коди чи фото потребують уваги: що робити, сказано поруч.</numerusform>
            <numerusform>%n кодів чи фото потребують уваги: що робити, сказано поруч.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kopii::ui::PostersPage</name>
    <message>
        <source>Posters</source>
        <translation>Плакати</translation>
    </message>
    <message>
        <source>Each service at each branch has its own QR code. Import it from the Diia portal (&quot;Мій бізнес — Мої Дія.QR&quot;), then print the poster and hang it where visitors see it. The poster is in Ukrainian.</source>
        <translation>Кожна послуга в кожному відділенні має власний QR-код. Імпортуйте його з порталу Дії («Мій бізнес — Мої Дія.QR»), тоді надрукуйте плакат і повісьте там, де його побачать відвідувачі. Плакат — українською мовою.</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Відділення:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Послуга:</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Імпортувати з файлу…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, a PDF or an SVG with the code downloaded from the Diia portal</source>
        <translation>Зображення PNG або JPEG, PDF або SVG з кодом, завантаженим з порталу Дії</translation>
    </message>
    <message>
        <source>Paste &amp;link…</source>
        <translation>Вставити п&amp;осилання…</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>Вилучити код</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Роз&amp;мір паперу:</translation>
    </message>
    <message>
        <source>Land&amp;scape</source>
        <translation>&amp;Альбомна орієнтація</translation>
    </message>
    <message>
        <source>Lar&amp;ge print (for visitors with poor sight)</source>
        <translation>Великий &amp;шрифт (для відвідувачів зі слабким зором)</translation>
    </message>
    <message>
        <source>Error &amp;correction:</source>
        <translation>&amp;Корекція помилок:</translation>
    </message>
    <message>
        <source>M — standard (15 %)</source>
        <translation>M — стандартна (15 %)</translation>
    </message>
    <message>
        <source>Q — for posters that get worn (25 %)</source>
        <translation>Q — для плакатів, що зношуються (25 %)</translation>
    </message>
    <message>
        <source>H — highest (30 %)</source>
        <translation>H — найвища (30 %)</translation>
    </message>
    <message>
        <source>L — lowest (7 %)</source>
        <translation>L — найнижча (7 %)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Попередній &amp;перегляд…</translation>
    </message>
    <message>
        <source>Save as PDF, PNG or SVG…</source>
        <translation>Зберегти як PDF, PNG або SVG…</translation>
    </message>
    <message>
        <source>Save &amp;all posters of the branch as one PDF…</source>
        <translation>Зберегти всі плакати відділення одним &amp;файлом PDF…</translation>
    </message>
    <message>
        <source>There are no branches yet: add one under Branches.</source>
        <translation>Відділень ще немає: додайте відділення в розділі «Відділення».</translation>
    </message>
    <message>
        <source>No service is offered at this branch yet: choose the branch for a service under Services.</source>
        <translation>У цьому відділенні ще не надається жодна послуга: виберіть відділення для послуги в розділі «Послуги».</translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation>%1
(%2, %3)</translation>
    </message>
    <message>
        <source>None yet: import it from the Diia portal.</source>
        <translation>Ще немає: імпортуйте його з порталу Дії.</translation>
    </message>
    <message>
        <source>None yet: the manager imports it from the Diia portal.</source>
        <translation>Ще немає: його імпортує керівник з порталу Дії.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>The code from the Diia portal</source>
        <translation>Код з порталу Дії</translation>
    </message>
    <message>
        <source>QR code (*.png *.jpg *.jpeg *.pdf *.svg);;All files (*)</source>
        <translation>QR-код (*.png *.jpg *.jpeg *.pdf *.svg);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Paste the link</source>
        <translation>Вставте посилання</translation>
    </message>
    <message>
        <source>The link of the code from the Diia portal (https://diia.app/acquirers/…):</source>
        <translation>Посилання коду з порталу Дії (https://diia.app/acquirers/…):</translation>
    </message>
    <message>
        <source>Remove the QR code of &quot;%1&quot; at &quot;%2&quot;? Posters already printed keep working until the code is withdrawn on the Diia portal.</source>
        <translation>Вилучити QR-код послуги «%1» у відділенні «%2»? Уже надруковані плакати працюватимуть, доки код не відкличуть на порталі Дії.</translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation>Зберегти плакат</translation>
    </message>
    <message>
        <source>Save posters</source>
        <translation>Зберегти плакати</translation>
    </message>
    <message>
        <source>No service at this branch has a QR code yet.</source>
        <translation>Жодна послуга в цьому відділенні ще не має QR-коду.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n poster(s). Without a QR code, so not included: %1</source>
        <translation>
            <numerusform>Збережено %n плакат. Без QR-коду, тому не включено: %1</numerusform>
            <numerusform>Збережено %n плакати. Без QR-коду, тому не включено: %1</numerusform>
            <numerusform>Збережено %n плакатів. Без QR-коду, тому не включено: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;Зображення PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Posters — %1.pdf</source>
        <translation>Плакати — %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A signed request of an earlier Kopii, which the Diia app cannot open. Import the service&apos;s code from the Diia portal to replace it.</source>
        <translation>Підписаний запит попередньої версії «Копій», який застосунок Дія не може відкрити. Імпортуйте код послуги з порталу Дії, щоб замінити його.</translation>
    </message>
    <message>
        <source>A signed request of an earlier Kopii, which the Diia app cannot open. The manager imports the service&apos;s code from the Diia portal to replace it.</source>
        <translation>Підписаний запит попередньої версії «Копій», який застосунок Дія не може відкрити. Керівник імпортує код послуги з порталу Дії, щоб замінити його.</translation>
    </message>
    <message>
        <source>C&amp;heck photos of posters on the wall…</source>
        <translation>Пере&amp;вірити фото плакатів на стіні…</translation>
    </message>
    <message>
        <source>Whether each poster still carries this office&apos;s current code, and not a sticker pasted over it</source>
        <translation>Чи на кожному плакаті досі поточний код цієї установи, а не наліпка поверх нього</translation>
    </message>
    <message>
        <source>Photos of posters</source>
        <translation>Фото плакатів</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;All files (*)</source>
        <translation>Зображення (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>kopii::ui::ProtocolDialog</name>
    <message>
        <source>Save the protocol</source>
        <translation>Зберегти протокол</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The protocol is saved in %1, and the same check for other programs (ETSI XML) beside it.</source>
        <translation>Протокол збережено у %1, а поруч — ту саму перевірку для інших програм (ETSI XML).</translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation>Надрукувати протокол</translation>
    </message>
    <message>
        <source>Verification protocol</source>
        <translation>Протокол перевірки</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Цей документ</translation>
    </message>
    <message>
        <source>Every document of the submission</source>
        <translation>Усі документи надходження</translation>
    </message>
    <message>
        <source>What the protocol covers</source>
        <translation>Що охоплює протокол</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Checking the signatures again…</source>
        <translation>Підписи перевіряються наново…</translation>
    </message>
    <message>
        <source>The protocol could not be made: %1</source>
        <translation>Не вдалося скласти протокол: %1</translation>
    </message>
    <message>
        <source>Checked now, %1. The verdicts in the inbox are updated to this check.</source>
        <translation>Перевірено зараз, %1. Висновки у вхідних оновлено відповідно до цієї перевірки.</translation>
    </message>
    <message>
        <source>The protocol is not ready yet.</source>
        <translation>Протокол ще не готовий.</translation>
    </message>
    <message>
        <source>As checked at intake</source>
        <translation>Як перевірено під час надходження</translation>
    </message>
    <message>
        <source>Checked at intake, %1; not sealed yet.</source>
        <translation>Перевірено під час надходження, %1; ще не скріплено печаткою.</translation>
    </message>
    <message>
        <source>Checked at intake, %1; sealed by %2 on %3. The seal is saved beside it (.p7s).</source>
        <translation>Перевірено під час надходження, %1; скріплено печаткою: %2, %3. Печатку буде збережено поруч (.p7s).</translation>
    </message>
</context>
<context>
    <name>kopii::ui::RegisterDialog</name>
    <message>
        <source>not checked yet</source>
        <translation>ще не перевірено</translation>
    </message>
    <message>
        <source>deleted on %1, by retention</source>
        <translation>видалено %1 за строком зберігання</translation>
    </message>
    <message>
        <source>deleted on %1, by a person</source>
        <translation>видалено %1 працівником</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Опрацьовано</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>Register of incoming documents</source>
        <translation>Реєстр вхідних документів</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Search by number, sender or document</source>
        <translation>Пошук за номером, відправником або документом</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Пошук у реєстрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Адреса отримання</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>In work by</source>
        <translation>Опрацьовує</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Записи реєстру</translation>
    </message>
    <message>
        <source>Export for &amp;Excel…</source>
        <translation>Експорт для &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Друк у PDF…</translation>
    </message>
    <message>
        <source>The register is saved in %1.</source>
        <translation>Реєстр збережено у %1.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Експорт реєстру</translation>
    </message>
    <message>
        <source>register</source>
        <translation>реєстр</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Друк реєстру</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation>Не вдається прочитати реєстр: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Нумерація</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Відділення «%1»</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Послуга «%1»</translation>
    </message>
    <message>
        <source>&amp;Numbering and hand-off…</source>
        <translation>&amp;Нумерація і передача…</translation>
    </message>
    <message>
        <source>Numbering and hand-off</source>
        <translation>Нумерація і передача</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префікс</translation>
    </message>
    <message>
        <source>Hot folder</source>
        <translation>Тека передачі</translation>
    </message>
    <message>
        <source>Prefix: %1</source>
        <translation>Префікс: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Hot folder: %1</source>
        <translation>Тека передачі: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the hot folder: %1</source>
        <translation>Виберіть теку передачі: %1</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>A registration number begins with its service&apos;s prefix, else its branch&apos;s, then the year and the number within it: Ц-2026/000123. A change applies to new numbers only. A hot folder takes each submission&apos;s package (its files, the protocol and the register card) for the office&apos;s document system, when it is marked processed or as soon as it arrives and its signatures are checked; the service&apos;s comes first.</source>
        <translation>Реєстраційний номер починається з префікса послуги, а якщо його немає — відділення, далі рік і номер у межах року: Ц-2026/000123. Зміна стосується лише нових номерів. Тека передачі отримує пакет кожного надходження (його файли, протокол і реєстраційну картку) для системи документообігу установи — коли його позначено як опрацьоване або щойно воно надійде і його підписи перевірено; тека послуги має перевагу.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>When processed</source>
        <translation>Після опрацювання</translation>
    </message>
    <message>
        <source>On arrival</source>
        <translation>Щойно надійде</translation>
    </message>
    <message>
        <source>When the package goes: %1</source>
        <translation>Коли передається пакет: %1</translation>
    </message>
    <message>
        <source>On arrival: as soon as the submission is stored and its signatures are checked, by the watcher service or a desk with the inbox open</source>
        <translation>Щойно надійде: одразу після збереження надходження та перевірки його підписів — службою стеження або робочим місцем із відкритими вхідними</translation>
    </message>
</context>
<context>
    <name>kopii::ui::ServerDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Під’єднатися до сервера установи</translation>
    </message>
    <message>
        <source>No keychain took the password: Kopii will ask for it next time.</source>
        <translation>Жодне сховище паролів не прийняло пароль: наступного разу «Копії» запитають його знову.</translation>
    </message>
    <message>
        <source>Your office keeps its inbox on a server that several desks share. Whoever set it up gives you the values below; your own name on the server and your password are yours alone.</source>
        <translation>Ваша установа зберігає вхідні на сервері, яким користуються кілька робочих місць. Значення нижче дає той, хто налаштовував сервер; ваше ім’я на сервері та пароль — лише ваші.</translation>
    </message>
    <message>
        <source>for example kopii.office.lan</source>
        <translation>наприклад, kopii.office.lan</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>for example olena_koval</source>
        <translation>наприклад, olena_koval</translation>
    </message>
    <message>
        <source>&amp;Your name on the server:</source>
        <translation>&amp;Ваше ім’я на сервері:</translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate (.pem, .crt)</source>
        <translation>сертифікат ЦС установи (.pem, .crt)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>В&amp;ибрати…</translation>
    </message>
    <message>
        <source>&amp;Certificate of the office:</source>
        <translation>Се&amp;ртифікат установи:</translation>
    </message>
    <message>
        <source>Certificate of the office</source>
        <translation>Сертифікат установи</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system&apos;s keychain)</source>
        <translation>&amp;Запам’ятати пароль (у сховищі паролів системи)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Під’&amp;єднатися</translation>
    </message>
    <message>
        <source>Fill in the server, the database and your name on the server.</source>
        <translation>Заповніть сервер, базу даних і ваше ім’я на сервері.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message>
        <source>Connecting to the office server…</source>
        <translation>Під’єднання до сервера установи…</translation>
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
        <source>A service is what a visitor comes for, such as enrolment or an appointment. Choose the documents the visitor shares through Diia and the branches where the service&apos;s QR code hangs. Fields marked * are required.</source>
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
        <translation>
            <numerusform>Надається в %n відділенні.</numerusform>
            <numerusform>Надається в %n відділеннях.</numerusform>
            <numerusform>Надається в %n відділеннях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this service&apos;s copies for their own time, not the workspace&apos;s</source>
        <translation>Зберігати копії цієї послуги власний строк, а не строк робочого простору</translation>
    </message>
    <message>
        <source>Days &amp;after processing:</source>
        <translation>Днів &amp;після опрацювання:</translation>
    </message>
    <message>
        <source>At &amp;most, days after arrival:</source>
        <translation>&amp;Щонайбільше, днів від надходження:</translation>
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
Press &quot;Add service&quot; and choose the documents a visitor shares.</source>
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
        <source>Remove the service &quot;%1&quot;?</source>
        <translation>Видалити послугу «%1»?</translation>
    </message>
</context>
<context>
    <name>kopii::ui::Session</name>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Сеанс заблоковано після %n хвилини бездіяльності.</numerusform>
            <numerusform>Сеанс заблоковано після %n хвилин бездіяльності.</numerusform>
            <numerusform>Сеанс заблоковано після %n хвилин бездіяльності.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was locked because the token was removed.</source>
        <translation>Сеанс заблоковано, бо токен від’єднано.</translation>
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
        <source>The organisation&apos;s records are kept here, readable only by your user account. To use another folder, start Kopii with --workspace FOLDER.</source>
        <translation>Тут зберігаються записи організації, доступні для читання лише вашому обліковому запису. Щоб використати іншу теку, запустіть «Копії» з параметром --workspace ТЕКА.</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Блокувати через:</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> хв бездіяльності</translation>
    </message>
    <message>
        <source>An unattended Kopii locks itself and asks for the KEP again, so that nobody else sees the copies. It also locks at once when the token is taken out.</source>
        <translation>Залишені без нагляду «Копії» блокуються й знову просять КЕП, щоб ніхто сторонній не побачив копій. Вони також блокуються одразу, коли токен виймають.</translation>
    </message>
    <message>
        <source>Ask certificate issuers &amp;online whether a signer&apos;s certificate was revoked</source>
        <translation>Перевіряти в &amp;мережі у видавців, чи не скасовано сертифікат підписувача</translation>
    </message>
    <message>
        <source>Kopii asks the issuer&apos;s OCSP service (or downloads its list of revoked certificates) for every new signature. Without it, signatures stay &quot;valid, with warnings&quot; unless the trust store holds a current list. Only managers can change this.</source>
        <translation>Для кожного нового підпису «Копії» запитують службу OCSP видавця (або завантажують його список відкликаних сертифікатів). Без цього підписи лишаються «дійсними, із застереженнями», якщо у сховищі довіри немає актуального списку. Змінити це можуть лише керівники.</translation>
    </message>
    <message>
        <source>&amp;Keep copies:</source>
        <translation>З&amp;берігати копії:</translation>
    </message>
    <message>
        <source> days after they are marked processed</source>
        <translation> дн. після позначки «опрацьовано»</translation>
    </message>
    <message>
        <source> days after they arrived, at most</source>
        <translation> дн. після надходження, не більше</translation>
    </message>
    <message>
        <source>Received copies hold personal data: Kopii deletes them, with their signatures and the e-mail, when they are due, and writes each deletion into the audit log. Only managers can change this.</source>
        <translation>Отримані копії містять персональні дані: «Копії» видаляють їх разом із підписами й листом, щойно настає строк, і записують кожне видалення в журнал дій. Змінити це можуть лише керівники.</translation>
    </message>
    <message>
        <source>Keep copies: days after they are marked processed</source>
        <translation>Зберігати копії: днів після позначення «опрацьовано»</translation>
    </message>
    <message>
        <source>Keep copies: days after they arrived, at most</source>
        <translation>Зберігати копії: щонайбільше днів від надходження</translation>
    </message>
    <message>
        <source>The certificate of the key that seals</source>
        <translation>Сертифікат ключа, що скріплює</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.der *.pem);;All files (*)</source>
        <translation>Сертифікати (*.cer *.crt *.der *.pem);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдалося прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 (certificate SHA-256 %2…)</source>
        <translation>%1 (SHA-256 сертифіката %2…)</translation>
    </message>
    <message>
        <source>Nobody: the protocols are kept unsealed.</source>
        <translation>Ніхто: протоколи зберігаються без печатки.</translation>
    </message>
    <message>
        <source>Keep the verification &amp;protocol of each submission at intake</source>
        <translation>Зберігати &amp;протокол перевірки кожного надходження під час прийняття</translation>
    </message>
    <message>
        <source>Sealed &amp;by:</source>
        <translation>С&amp;кріплює печаткою:</translation>
    </message>
    <message>
        <source>Choose the certificate…</source>
        <translation>Вибрати сертифікат…</translation>
    </message>
    <message>
        <source>Choose the certificate of the key that seals the protocols</source>
        <translation>Вибрати сертифікат ключа, що скріплює протоколи</translation>
    </message>
    <message>
        <source>No seal</source>
        <translation>Без печатки</translation>
    </message>
    <message>
        <source>Each submission that arrives gets its protocol as soon as its signatures are checked, kept as evidence of what was checked and when. The key you choose (the organisation&apos;s seal or your KEP) seals them: the watcher service started with it seals each at intake, or kopii-cli protocol seal later; intake never waits for it. Only managers can change this.</source>
        <translation>Кожне надходження отримує протокол, щойно його підписи перевірено; протокол зберігається як доказ того, що і коли перевірено. Вибраний вами ключ (печатка установи або ваш КЕП) їх скріплює: служба стеження, запущена з ним, скріплює кожен під час надходження, або kopii-cli protocol seal — пізніше; прийняття ніколи не чекає на ключ. Змінювати це можуть лише керівники.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::SignatureViewer</name>
    <message>
        <source>Open a signature</source>
        <translation>Відкрити підпис</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Перевірка підпису</translation>
    </message>
    <message>
        <source>%1 — signature check</source>
        <translation>%1 — перевірка підпису</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>Відкрити &amp;інший…</translation>
    </message>
    <message>
        <source>Open a signature (.p7s), a signed PDF or an e-mail (.eml) to check it.</source>
        <translation>Відкрийте підпис (.p7s), підписаний PDF або лист (.eml), щоб перевірити.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Перевірка підпису…</translation>
    </message>
    <message>
        <source>Signatures and documents (*.p7s *.p7m *.p7 *.pkcs7 *.sig *.cms *.pdf *.eml);;All files (*)</source>
        <translation>Підписи та документи (*.p7s *.p7m *.p7 *.pkcs7 *.sig *.cms *.pdf *.eml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation>Виберіть підписаний файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Choose the signed file…</source>
        <translation>&amp;Вибрати підписаний файл…</translation>
    </message>
    <message>
        <source>The signature is kept apart from the document it signs; choose that document</source>
        <translation>Підпис зберігається окремо від документа, який він підписує; виберіть цей документ</translation>
    </message>
</context>
<context>
    <name>kopii::ui::SubmissionTableModel</name>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Дійсний</translation>
    </message>
    <message>
        <source>⚠ Valid, with warnings</source>
        <translation>⚠ Дійсний, із застереженнями</translation>
    </message>
    <message>
        <source>⚠ Not qualified</source>
        <translation>⚠ Не кваліфікований</translation>
    </message>
    <message>
        <source>✗ NOT valid</source>
        <translation>✗ НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>? Cannot be checked</source>
        <translation>? Неможливо перевірити</translation>
    </message>
    <message>
        <source>… not checked yet</source>
        <translation>… ще не перевірено</translation>
    </message>
    <message>
        <source>in work</source>
        <translation>в роботі</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>опрацьовано</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нове</translation>
    </message>
    <message>
        <source>✗ Not readable</source>
        <translation>✗ Не прочитано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Підписав(ла)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(неможливо прочитати)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
</context>
<context>
    <name>kopii::ui::SystemLock</name>
    <message>
        <source>The session was locked because the computer went to sleep.</source>
        <translation>Сеанс заблоковано, бо комп’ютер перейшов у режим сну.</translation>
    </message>
    <message>
        <source>The session was locked because the computer&apos;s session was locked.</source>
        <translation>Сеанс заблоковано, бо заблоковано сеанс комп’ютера.</translation>
    </message>
    <message>
        <source>The session was locked because the computer&apos;s screen was locked.</source>
        <translation>Сеанс заблоковано, бо заблоковано екран комп’ютера.</translation>
    </message>
</context>
<context>
    <name>kopii::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Kopii</source>
        <translation>Вітаємо в «Копіях»</translation>
    </message>
    <message>
        <source>Kopii receives the copies of documents that visitors send from the Diia app by scanning your QR poster, and checks every signature. To set your organisation up, the manager logs in with the qualified electronic signature (KEP) of the organisation.</source>
        <translation>«Копії» приймають копії документів, які відвідувачі надсилають із застосунку «Дія», відсканувавши ваш QR-плакат, і перевіряють кожен підпис. Щоб налаштувати організацію, керівник входить із кваліфікованим електронним підписом (КЕП) організації.</translation>
    </message>
    <message>
        <source>Log in with my KEP</source>
        <translation>Увійти з моїм КЕП</translation>
    </message>
    <message>
        <source>A key file or a token from your trust service provider. The first login sets the organisation up from your certificate.</source>
        <translation>Файл ключа або токен від вашого надавача довірчих послуг. Під час першого входу організацію буде налаштовано за вашим сертифікатом.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Спробувати демонстрацію</translation>
    </message>
    <message>
        <source>A sample school with two branches, its posters and received copies with every kind of verdict, and a demo key to log in with. Nothing is sent anywhere; everything in it is marked DEMO.</source>
        <translation>Зразковий ліцей із двома відділеннями, його плакати й отримані копії з усіма видами вердиктів, а також демонстраційний ключ для входу. Нічого нікуди не надсилається; усе позначено DEMO.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Під’єднатися до сервера установи</translation>
    </message>
    <message>
        <source>Your office keeps its inbox on a server that several desks share. Whoever set it up gives you its address, your name on it and a password.</source>
        <translation>Ваша установа зберігає вхідні на сервері, яким користуються кілька робочих місць. Той, хто його налаштовував, дасть вам адресу, ваше ім’я на ньому і пароль.</translation>
    </message>
</context>
</TS>
