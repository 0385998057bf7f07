package eu.practicehub.challenge.api;

import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeSpec;
import eu.practicehub.challenge.Suggestion;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferStage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the challenges API reads and answers. */
final class ChallengeBodies {

    private ChallengeBodies() {
    }

    /** A challenge to create or replace: the partner by short name, the themes by name. */
    record ChallengeBody(String partner, String title, String description, List<String> themes, Long version) {

        ChallengeSpec toSpec() {
            return new ChallengeSpec(partner, title, description, themes);
        }
    }

    record ChallengeView(long id, String partner, String title, String description, List<String> themes, long version) {

        static ChallengeView of(Challenge challenge) {
            return new ChallengeView(challenge.getId(), challenge.getPartner().getShortName(), challenge.getTitle(),
                    challenge.getDescription(), challenge.themeNames(), challenge.getVersion());
        }
    }

    /** A suggested practice; transfer names the open or adopted transfer to the challenge's partner, if any. */
    record SuggestionView(long practiceId, String title, String owner, int score, List<String> sharedThemes,
            List<String> matchedTerms, Long transferId, TransferStage transferStage) {

        static SuggestionView of(Suggestion s) {
            return new SuggestionView(s.practiceId(), s.title(), s.owner(), s.score(), s.sharedThemes(),
                    s.matchedTerms(), s.transferId(), s.transferStage());
        }
    }

    /**
     * The body of a transfer start, which may be left out: the account of the token starts it. {@code by},
     * which named someone before accounts did, is read only to refuse it.
     */
    record StartBody(@Schema(hidden = true) String by) {
    }

    record StartedTransfer(long id, String practice, String owner, String importer, TransferStage stage) {

        static StartedTransfer of(Transfer transfer) {
            return new StartedTransfer(transfer.getId(), transfer.getPractice().getTitle(),
                    transfer.getPractice().getOwner().getShortName(), transfer.getImporter().getShortName(),
                    transfer.getStage());
        }
    }
}
