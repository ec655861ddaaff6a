// SPDX-License-Identifier: GPL-3.0-or-later
// A PKCS#11 module for the tests that wraps a real one (SoftHSM2) and adds what SoftHSM2 does
// not have: a user PIN retry counter with the token flags that go with it (count low, final
// try, locked), and a PIN-pad reader (protected authentication path).
//
//   KOPII_SHIM_MODULE   the real module (required)
//   KOPII_SHIM_TRIES    wrong PINs before the PIN locks (default 3)
//   KOPII_SHIM_PAD_PIN  when set: the token has a PIN pad; C_Login without a PIN "reads" this one
//
// The counter lives in this process (the module pins itself in memory), as a real token's lives
// in the token. kopii_shim_reset() (exported) forgets the wrong tries and reads the environment again.
//
// And a Ukrainian token's DSTU 4145 signing, which SoftHSM2 does not have: after
// kopii_shim_set_dstu(mechanism, sign) (exported) the token lists `mechanism`, and C_SignInit with
// it on any key, then C_Sign, hand the input to `sign` (the test's DSTU key signs). Null turns it off.
#include <p11-kit/pkcs11.h>

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <set>
#include <string>

namespace {

std::mutex g_mutex;
CK_FUNCTION_LIST g_list;
CK_FUNCTION_LIST_PTR g_real = nullptr;
int g_tries = 3;
int g_failures = 0;
bool g_locked = false;
bool g_pad = false;
std::string g_padPin;
using DstuSign = int (*)(const unsigned char *in, unsigned long inLength, unsigned char *out, unsigned long *outLength);
DstuSign g_dstuSign = nullptr;
CK_MECHANISM_TYPE g_dstuMechanism = 0;
std::set<CK_SESSION_HANDLE> g_dstuSessions; // a DSTU C_SignInit done, C_Sign to come

void readEnvironment()
{
    const char *tries = std::getenv("KOPII_SHIM_TRIES");
    g_tries = tries ? std::atoi(tries) : 3;
    if (g_tries < 1)
        g_tries = 3;
    const char *pad = std::getenv("KOPII_SHIM_PAD_PIN");
    g_pad = pad != nullptr;
    g_padPin = pad ? pad : "";
}

CK_RV shimGetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO_PTR info)
{
    const CK_RV rv = g_real->C_GetTokenInfo(slot, info);
    if (rv != CKR_OK)
        return rv;
    std::lock_guard<std::mutex> lock(g_mutex);
    info->flags &= ~(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED);
    if (g_locked)
        info->flags |= CKF_USER_PIN_LOCKED;
    else if (g_failures > 0)
        info->flags |= (g_tries - g_failures == 1) ? CKF_USER_PIN_FINAL_TRY : CKF_USER_PIN_COUNT_LOW;
    if (g_pad)
        info->flags |= CKF_PROTECTED_AUTHENTICATION_PATH;
    return CKR_OK;
}

CK_RV shimLogin(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG length)
{
    if (user != CKU_USER)
        return g_real->C_Login(session, user, pin, length);
    std::string padPin;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_locked)
            return CKR_PIN_LOCKED;
        padPin = g_padPin;
    }
    CK_RV rv;
    if (g_pad && pin == nullptr)
        rv = g_real->C_Login(session, user, reinterpret_cast<CK_UTF8CHAR_PTR>(padPin.data()), padPin.size());
    else
        rv = g_real->C_Login(session, user, pin, length);
    std::lock_guard<std::mutex> lock(g_mutex);
    if (rv == CKR_PIN_INCORRECT) {
        if (++g_failures >= g_tries)
            g_locked = true;
    } else if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
        g_failures = 0;
    }
    return rv;
}

CK_RV shimGetMechanismList(CK_SLOT_ID slot, CK_MECHANISM_TYPE_PTR list, CK_ULONG_PTR count)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_dstuSign || !count)
        return g_real->C_GetMechanismList(slot, list, count);
    CK_ULONG real = 0;
    CK_RV rv = g_real->C_GetMechanismList(slot, nullptr, &real);
    if (rv != CKR_OK)
        return rv;
    if (!list) {
        *count = real + 1;
        return CKR_OK;
    }
    if (*count < real + 1) {
        *count = real + 1;
        return CKR_BUFFER_TOO_SMALL;
    }
    rv = g_real->C_GetMechanismList(slot, list, &real);
    if (rv != CKR_OK)
        return rv;
    list[real] = g_dstuMechanism;
    *count = real + 1;
    return CKR_OK;
}

CK_RV shimGetMechanismInfo(CK_SLOT_ID slot, CK_MECHANISM_TYPE type, CK_MECHANISM_INFO_PTR info)
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_dstuSign && type == g_dstuMechanism && info) {
            info->ulMinKeySize = 163;
            info->ulMaxKeySize = 509;
            info->flags = CKF_HW | CKF_SIGN | CKF_VERIFY;
            return CKR_OK;
        }
    }
    return g_real->C_GetMechanismInfo(slot, type, info);
}

CK_RV shimSignInit(CK_SESSION_HANDLE session, CK_MECHANISM_PTR mechanism, CK_OBJECT_HANDLE key)
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_dstuSign && mechanism && mechanism->mechanism == g_dstuMechanism) {
            g_dstuSessions.insert(session);
            return CKR_OK;
        }
    }
    return g_real->C_SignInit(session, mechanism, key);
}

CK_RV shimSign(CK_SESSION_HANDLE session, CK_BYTE_PTR data, CK_ULONG length, CK_BYTE_PTR signature, CK_ULONG_PTR size)
{
    DstuSign sign = nullptr;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_dstuSessions.count(session))
            sign = g_dstuSign;
    }
    if (!sign)
        return g_real->C_Sign(session, data, length, signature, size);
    if (!size)
        return CKR_ARGUMENTS_BAD;
    if (!signature) { // the size: an upper bound is allowed
        *size = 160;
        return CKR_OK;
    }
    unsigned long out = *size;
    const int ok = sign(data, length, signature, &out);
    std::lock_guard<std::mutex> lock(g_mutex);
    g_dstuSessions.erase(session);
    if (!ok)
        return CKR_FUNCTION_FAILED;
    *size = out;
    return CKR_OK;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) void kopii_shim_set_dstu(CK_MECHANISM_TYPE mechanism, DstuSign sign)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_dstuMechanism = mechanism;
    g_dstuSign = sign;
    g_dstuSessions.clear();
}

__attribute__((visibility("default"))) void kopii_shim_reset()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_failures = 0;
    g_locked = false;
    readEnvironment();
}

__attribute__((visibility("default"))) CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list)
{
    if (!list)
        return CKR_ARGUMENTS_BAD;
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_real) {
        const char *path = std::getenv("KOPII_SHIM_MODULE");
        if (!path)
            return CKR_GENERAL_ERROR;
        void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            return CKR_GENERAL_ERROR;
        auto getList = reinterpret_cast<CK_RV (*)(CK_FUNCTION_LIST_PTR_PTR)>(dlsym(handle, "C_GetFunctionList"));
        if (!getList || getList(&g_real) != CKR_OK || !g_real)
            return CKR_GENERAL_ERROR;
        // A real token keeps its counter when a program unloads the module and loads it again:
        // pin this module in memory so that its counter lives as long as the process.
        Dl_info self;
        if (dladdr(reinterpret_cast<void *>(&shimLogin), &self) && self.dli_fname)
            dlopen(self.dli_fname, RTLD_NOW | RTLD_NODELETE);
        std::memcpy(&g_list, g_real, sizeof g_list);
        g_list.C_GetTokenInfo = shimGetTokenInfo;
        g_list.C_Login = shimLogin;
        g_list.C_GetMechanismList = shimGetMechanismList;
        g_list.C_GetMechanismInfo = shimGetMechanismInfo;
        g_list.C_SignInit = shimSignInit;
        g_list.C_Sign = shimSign;
        readEnvironment();
    }
    *list = &g_list;
    return CKR_OK;
}

} // extern "C"
