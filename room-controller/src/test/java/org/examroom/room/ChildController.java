package org.examroom.room;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** A controller in a JVM of its own, for tests that kill it: prints its port, then serves until killed. */
public final class ChildController {

    private ChildController() {
    }

    public static void main(String[] args) throws InterruptedException {
        RoomController room = RoomController.start(RoomSettings.load(Optional.empty(), Map.of(
                "examroom.data", Path.of(args[0]).toString(),
                "server.port", "0",
                "examroom.bootstrap.password", RunningRoom.ADMIN_PASSWORD)), Clock.systemUTC());
        System.out.println("PORT=" + room.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
