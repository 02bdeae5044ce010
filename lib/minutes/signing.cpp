#include "minutes/signing.h"

#include <algorithm>

#include "core/error.h"
#include "core/i18n.h"
#include "minutes/digest.h"
#include "minutes/kinds.h"

namespace pd {

namespace {

enum class When { allowed, refused };

struct ActionRule {
  Action action;
  When when_open;     // signed by nobody, never amended
  When when_amended;  // amended, its new version signed by nobody yet
  When when_signing;  // signed by one of the chair and the secretary
  When when_frozen;   // signed by both
  // The messages when refused, of the quoted ID (and the date of the
  // signature there is, or of the amendment and the version it opened):
  // open, amended, frozen, signed by the chair only, by the secretary only.
  const char* open;
  const char* amended;
  const char* frozen;
  const char* chair_signed;
  const char* secretary_signed;
};

// The one table of what signed minutes still allow (SPEC §5 minutes): from
// the first signature on, the text is fixed, so that the chair and the
// secretary sign the same one; an amendment (minutes/amendment.h) corrects
// minutes signed by both, and its new version is fixed alike until signed.
// TRANSLATORS: {0} is the minutes' ID, quoted; {1} the date of the signature
// (of the amendment); {2} the number of the version the amendment opened.
constexpr ActionRule kActionRules[] = {
    {Action::edit, When::allowed, When::refused, When::refused, When::refused, "",
     N_("{0}: cannot edit minutes amended on {1}: the chair and the secretary are to sign "
        "version {2} as it is; only marking a decision done is allowed"),
     N_("{}: cannot edit frozen minutes (signed by the chair and the secretary); only marking a "
        "decision done is allowed"),
     N_("{0}: cannot edit minutes the chair signed on {1}: the secretary is to sign the same "
        "text; only marking a decision done is allowed"),
     N_("{0}: cannot edit minutes the secretary signed on {1}: the chair is to sign the same "
        "text; only marking a decision done is allowed")},
    {Action::decide, When::allowed, When::refused, When::refused, When::refused, "",
     N_("{0}: cannot add a decision to minutes amended on {1}: the chair and the secretary are "
        "to sign version {2} as it is; only marking a decision done is allowed"),
     N_("{}: cannot add a decision to frozen minutes (signed by the chair and the secretary); "
        "only marking a decision done is allowed"),
     N_("{0}: cannot add a decision to minutes the chair signed on {1}: the secretary is to sign "
        "the same text; only marking a decision done is allowed"),
     N_("{0}: cannot add a decision to minutes the secretary signed on {1}: the chair is to sign "
        "the same text; only marking a decision done is allowed")},
    {Action::sign, When::allowed, When::allowed, When::allowed, When::refused, "", "",
     N_("{}: cannot sign frozen minutes (signed by the chair and the secretary); only marking a "
        "decision done is allowed"),
     "", ""},
    {Action::done, When::allowed, When::allowed, When::allowed, When::allowed, "", "", "", "", ""},
    {Action::amend, When::refused, When::refused, When::refused, When::allowed,
     N_("{0}: the minutes are not signed: correct them with 'minutes edit'; an amendment "
        "corrects minutes signed by the chair and the secretary"),
     N_("{0}: version {2} of the minutes (amended on {1}) is not signed yet: the chair and the "
        "secretary are to sign it before it is amended again"),
     "",
     N_("{0}: cannot amend minutes the chair signed on {1}: an amendment corrects minutes signed "
        "by the chair and the secretary; the secretary is to sign first"),
     N_("{0}: cannot amend minutes the secretary signed on {1}: an amendment corrects minutes "
        "signed by the chair and the secretary; the chair is to sign first")},
};

// The last amendment of minutes, or nullptr.
const Value* last_amendment_of(const Value& minutes) {
  const Value* amendments = minutes.get("amendments");
  if (!amendments || !amendments->as_list() || amendments->as_list()->empty()) return nullptr;
  return &amendments->as_list()->back();
}

std::string quoted_id(const Value& minutes) {
  return "'" + std::string(minutes.text("id")) + "'";
}

}  // namespace

std::string_view role_name(Role role) {
  return role == Role::chair ? "chair" : "secretary";
}

std::optional<Role> parse_role(std::string_view name) {
  if (name == "chair") return Role::chair;
  if (name == "secretary") return Role::secretary;
  return std::nullopt;
}

std::vector<Role> required_signatures(std::string_view kind) {
  if (is_parent_meeting(kind)) return {Role::chair, Role::secretary};
  return {};
}

const Value* signature_of(const Value& minutes, Role role) {
  const Value* signatures = minutes.get("signatures");
  if (!signatures || !signatures->as_list()) return nullptr;
  for (const Value& signature : *signatures->as_list())
    if (signature.text("role") == role_name(role)) return &signature;
  return nullptr;
}

std::vector<Role> missing_signatures(const Value& minutes) {
  std::vector<Role> missing;
  for (Role role : required_signatures(minutes.text("kind")))
    if (!signature_of(minutes, role)) missing.push_back(role);
  return missing;
}

SealState seal_state(const Value& minutes) {
  bool chair = signature_of(minutes, Role::chair),
       secretary = signature_of(minutes, Role::secretary);
  if (chair && secretary) return SealState::frozen;
  return chair || secretary ? SealState::signing : SealState::open;
}

void require_allowed(const Value& minutes, Action action) {
  const ActionRule* rule =
      std::find_if(std::begin(kActionRules), std::end(kActionRules),
                   [action](const ActionRule& r) { return r.action == action; });
  switch (seal_state(minutes)) {
    case SealState::open: {
      const Value* amendment = last_amendment_of(minutes);
      if (!amendment) {
        if (rule->when_open == When::allowed) return;
        throw Error(ExitCode::refused, msg(rule->open, quoted_id(minutes)));
      }
      if (rule->when_amended == When::allowed) return;
      std::optional<Date> day = amendment->date("date");
      throw Error(ExitCode::refused, msg(rule->amended, quoted_id(minutes), day ? day->str() : "",
                                         amendment->integer("version").value_or(0)));
    }
    case SealState::frozen:
      if (rule->when_frozen == When::allowed) return;
      throw Error(ExitCode::refused, msg(rule->frozen, quoted_id(minutes)));
    case SealState::signing: {
      if (rule->when_signing == When::allowed) return;
      const Value* chair = signature_of(minutes, Role::chair);
      const Value* signature = chair ? chair : signature_of(minutes, Role::secretary);
      std::optional<Date> day = signature->date("date");
      throw Error(ExitCode::refused, msg(chair ? rule->chair_signed : rule->secretary_signed,
                                         quoted_id(minutes), day ? day->str() : ""));
    }
  }
}

SealState sign(Value& minutes, Role role, const std::string& name, Date today) {
  require_allowed(minutes, Action::sign);
  std::string_view role_text = role_name(role);
  bool chair = role == Role::chair;
  if (const Value* earlier = signature_of(minutes, role))
    throw Error(ExitCode::refused,
                // TRANSLATORS: the minutes' ID, then the earlier signer's name and date.
                msg(chair ? N_("{}: the chair has already signed ({}, {})")
                          : N_("{}: the secretary has already signed ({}, {})"),
                    quoted_id(minutes), earlier->text("name"), earlier->date("date")->str()));
  if (const Value* digest = minutes.get("digest");
      digest && minutes.text("digest") != minutes_digest(minutes))
    throw Error(ExitCode::invalid_data,
                // TRANSLATORS: {} is the minutes' ID, quoted.
                msg("{}: the minutes were changed after they were first signed (their content no "
                    "longer matches the digest, see report check); both must sign the same text",
                    quoted_id(minutes)));
  Date meeting = *minutes.date("date");
  if (today < meeting)
    throw Error(ExitCode::refused,
                msg("{}: cannot sign before the meeting on {}", quoted_id(minutes), meeting.str()));
  std::string_view named = minutes.text(role_text);
  if (!named.empty() && named != name)
    throw Error(ExitCode::refused,
                // TRANSLATORS: the minutes' ID, the name the record gives, the name typed.
                msg(chair ? N_("{}: the chair of this meeting is '{}', not '{}'")
                          : N_("{}: the secretary of this meeting is '{}', not '{}'"),
                    quoted_id(minutes), named, name));
  if (named.empty()) minutes.set(role_text, Value(name));

  Value signature{Object{}};
  signature.set("role", Value(std::string(role_text)));
  signature.set("name", Value(name));
  signature.set("date", Value(today));
  if (!minutes.get("signatures")) minutes.set("signatures", Value(List{}));
  List& signatures = *minutes.get("signatures")->as_list();
  signatures.push_back(std::move(signature));
  // The chair's signature first, as on paper.
  std::stable_sort(signatures.begin(), signatures.end(), [](const Value& a, const Value& b) {
    return a.text("role") == "chair" && b.text("role") != "chair";
  });

  // What has been signed so far, sealed: the first signature's digest lets
  // the second signer (and report check) see a change made in between.
  minutes.set("digest", Value(minutes_digest(minutes)));
  return seal_state(minutes);
}

}  // namespace pd
