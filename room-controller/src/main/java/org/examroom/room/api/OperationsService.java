package org.examroom.room.api;

import static org.examroom.common.exam.StaffRole.SUPERVISOR;
import static org.examroom.common.exam.StaffRole.TECHNICIAN;

import io.helidon.dbclient.DbClient;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.examroom.common.wire.Jsons;
import org.examroom.room.audit.AuditLog;
import org.examroom.room.auth.Guard;
import org.examroom.room.auth.Principal;
import org.examroom.room.store.Backups;

/**
 * For the technician: {@code POST /api/v1/backups} makes an online backup; {@code GET /api/v1/status}
 * tells the controller's memory and uptime.
 */
public final class OperationsService implements HttpService {

    private final DbClient db;
    private final AuditLog audit;
    private final Path dataDirectory;

    public OperationsService(DbClient db, AuditLog audit, Path dataDirectory) {
        this.db = db;
        this.audit = audit;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/backups", this::backup).get("/status", this::status);
    }

    private void backup(ServerRequest req, ServerResponse res) {
        Principal.Staff by = Guard.staff(req, TECHNICIAN, SUPERVISOR);
        Path made = Backups.online(db, dataDirectory, dataDirectory.resolve("backups"), audit.now());
        audit.record(by.auditName(), Guard.origin(req), "backup.made", made.getFileName().toString(), AuditLog.none());
        res.status(201).send(Jsons.createObjectBuilder().add("backup", made.toString()).build());
    }

    private void status(ServerRequest req, ServerResponse res) {
        Guard.staff(req, TECHNICIAN, SUPERVISOR);
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        res.send(Jsons.createObjectBuilder()
                .add("heapUsedMb", heap.getUsed() / (1024 * 1024))
                .add("heapMaxMb", heap.getMax() / (1024 * 1024))
                .add("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .add("threads", ManagementFactory.getThreadMXBean().getThreadCount())
                .build());
    }
}
