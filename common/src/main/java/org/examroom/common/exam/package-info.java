/**
 * Who and what an exam is about: exams and their streams, rooms and seats, applicants, registrations, staff.
 */
package org.examroom.common.exam;
