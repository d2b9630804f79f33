package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SECRETARY;
import static org.examroom.common.exam.StaffRole.SUPERVISOR;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.examroom.common.exam.VariantId;
import org.examroom.common.seal.PackageIdentity;
import org.examroom.common.seal.SealException;
import org.examroom.common.seal.UnsealedPackage;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.content.ExamPackages;
import org.examroom.room.push.RoomLive;
import org.examroom.room.store.ExamRecord;
import org.examroom.room.store.RoomStore;

/**
 * The exam's sealed package: {@code PUT /api/v1/exams/{id}/package} loads it (verified against the office's
 * key), {@code GET} shows its identity and seals, {@code POST …/unseal} opens it at the start.
 */
public final class PackageService implements HttpService {

    /** A package with media for a few hundred items fits. */
    static final int PACKAGE_LIMIT = 64 * 1024 * 1024;

    private final RoomStore store;
    private final AuditLog audit;
    private final ExamPackages packages;
    private final RoomLive live;

    public PackageService(RoomStore store, AuditLog audit, ExamPackages packages, RoomLive live) {
        this.store = store;
        this.audit = audit;
        this.packages = packages;
        this.live = live;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.put("/{id}/package", this::load)
                .get("/{id}/package", this::show)
                .post("/{id}/unseal", this::unseal);
    }

    private void load(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR, SECRETARY);
        String id = Paths.id(req, "id");
        exam(id);
        byte[] file = Bodies.bytes(req, PACKAGE_LIMIT);
        PackageIdentity identity;
        try {
            identity = packages.store(id, file);
        } catch (SealException e) {
            audit.record(by.auditName(), Guard.origin(req), "package.refused", id, AuditLog.details("reason", e.reason()));
            throw refused(e);
        }
        audit.record(by.auditName(), Guard.origin(req), "package.loaded", id,
                AuditLog.details("fingerprint", identity.fingerprint(), "items", identity.itemCount()));
        res.send(json(identity, false));
    }

    private void show(ServerRequest req, ServerResponse res) {
        Guard.staff(req);
        String id = Paths.id(req, "id");
        exam(id);
        try {
            PackageIdentity identity = packages.identity(id)
                    .orElseThrow(() -> Problem.notFound("id", "No sealed package has been loaded for exam " + id));
            res.send(json(identity, packages.opened(id).isPresent()));
        } catch (SealException e) {
            throw refused(e);
        }
    }

    private void unseal(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, SUPERVISOR);
        String id = Paths.id(req, "id");
        ExamRecord exam = exam(id);
        String key = Bodies.string(Bodies.object(req, 4096), "key");
        UnsealedPackage opened;
        try {
            opened = packages.unseal(id, key);
        } catch (SealException e) {
            audit.record(by.auditName(), Guard.origin(req), "package.unseal.refused", id, AuditLog.details("reason", e.reason()));
            throw e.reason() == SealException.Reason.MISTYPED_KEY ? Problem.invalid("key", e.getMessage()) : refused(e);
        }
        List<String> missing = exam.variants().stream().map(VariantId::value).filter(v -> opened.variant(v).isEmpty()).toList();
        audit.record(by.auditName(), Guard.origin(req), "package.unsealed", id,
                AuditLog.details("fingerprint", opened.identity().fingerprint(), "missingVariants", missing.isEmpty() ? null : missing));
        live.bump();
        if (!missing.isEmpty()) {
            throw Problem.conflict("The package has no variant " + missing + " that the exam's seating uses; the exam lists "
                    + exam.variants() + ", the package " + opened.identity().variantIds());
        }
        res.send(json(opened.identity(), true));
    }

    private ExamRecord exam(String id) {
        return store.exam(store.read(), id).orElseThrow(() -> Problem.notFound("id", "No exam " + id));
    }

    private static Problem refused(SealException e) {
        return switch (e.reason()) {
            case NOT_A_PACKAGE, TRUNCATED, BAD_CONTENT -> Problem.invalid("package", e.getMessage());
            case UNKNOWN_SIGNER, TAMPERED -> Problem.forbidden(e.getMessage());
            case WRONG_KEY, MISTYPED_KEY -> Problem.invalid("key", e.getMessage());
        };
    }

    static JsonObject json(PackageIdentity identity, boolean unsealed) {
        JsonArrayBuilder variants = Jsons.createArrayBuilder();
        identity.variantIds().forEach(variants::add);
        return Jsons.createObjectBuilder().add("examId", identity.examId()).add("title", identity.title())
                .add("variants", variants).add("items", identity.itemCount())
                .add("fingerprint", identity.fingerprint()).add("shortFingerprint", identity.shortFingerprint())
                .add("sealedAt", identity.sealedAt().toString()).add("signer", identity.signerKeyId())
                .add("sealsIntact", true).add("unsealed", unsealed).build();
    }
}
