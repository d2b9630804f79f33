-- The proctoring preset the exam's terminals monitor by (in-room, remote, accommodated): the name only, since the
-- figures behind it belong to the face checks on the terminal. Exams defined before it keep the room's default.
ALTER TABLE exam ADD COLUMN proctoring VARCHAR(16) NOT NULL DEFAULT 'in-room';
