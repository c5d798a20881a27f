#pragma once

#include "core/error.h"

#include <chrono>

class QNetworkReply;

namespace Plugboard {

/// An overall deadline and a size limit for one network reply.
///
/// Qt's transfer timeout only notices silence: a server that sends one byte
/// a second keeps a request alive forever, and nothing limits how much it
/// sends. watch() aborts the reply when the deadline passes or the answer
/// grows past `maxBytes`; errorFor() then words what happened, naming the
/// deadline, instead of Qt's "Operation canceled".
namespace ReplyDeadline {

/// Token, identity and revocation answers are a few kilobytes; a megabyte is
/// far more than any platform sends and far less than hurts.
inline constexpr qint64 kMaxReplyBytes = 1024 * 1024;
/// How long one request to a platform may take, from start to last byte.
inline constexpr std::chrono::seconds kDefaultDeadline { 30 };

void watch(QNetworkReply* reply, std::chrono::milliseconds deadline = kDefaultDeadline,
           qint64 maxBytes = kMaxReplyBytes);

/// For a reply that ended without an HTTP answer (or was cut off by watch()):
/// Timeout, Tls or Network, with a message such as "GitHub did not answer the
/// token request within 30 seconds." `what` names the request ("the token
/// request"), `next` says what happens now or what to do.
Error errorFor(const QNetworkReply* reply, const QString& platformName, const QString& what,
               const QString& next);

/// True when watch() cut the reply off because the answer was too large.
bool wasTooLarge(const QNetworkReply* reply);
/// True when watch() cut the reply off at its deadline.
bool passedDeadline(const QNetworkReply* reply);

} // namespace ReplyDeadline

} // namespace Plugboard
