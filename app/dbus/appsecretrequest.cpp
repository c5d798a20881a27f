#include "app/dbus/appsecretrequest.h"

#include "app/dbus/busservice.h"
#include "core/services.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

namespace Plugboard {

AppSecretRequest::AppSecretRequest(BusService* service, const QDBusMessage& call, Operation operation,
                                   const QString& key, const QString& value)
    : BusRequest(service, call)
    , m_operation(operation)
    , m_key(key)
    , m_value(value)
{ }

AppSecretRequest::~AppSecretRequest()
{
    m_value.fill(QChar(0)); // best effort: do not leave the secret in freed memory
}

void AppSecretRequest::handle()
{
    SecretStore* secrets = service()->services()->secrets();
    const QString key = SecretStore::appSecretKey(caller().id, m_key);
    SecretJob* job = nullptr;
    switch (m_operation) {
    case Operation::Set:
        job = secrets->write(key, m_value);
        m_value.fill(QChar(0));
        break;
    case Operation::Get:
    case Operation::Has:
        job = secrets->read(key);
        break;
    case Operation::Delete:
        job = secrets->remove(key);
        break;
    }
    startJob(job, this, &AppSecretRequest::onDone);
}

void AppSecretRequest::onDone(SecretJob* job)
{
    const Error& error = job->error();
    if (m_operation == Operation::Has
        && (error.code == ErrorCode::None || error.code == ErrorCode::SecretNotFound)) {
        reply({ !error.isError() });
        return;
    }
    if (error.code == ErrorCode::SecretNotFound) {
        fail({ ErrorCode::SecretNotFound,
               tr("This application has stored no secret \"%1\". HasSecret tells beforehand.").arg(m_key) });
        return;
    }
    if (error.isError()) {
        fail(error);
        return;
    }
    if (m_operation == Operation::Get)
        reply({ job->value() });
    else
        reply();
}

} // namespace Plugboard
